import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectLanguage, type LanguageProfile, loadLanguages } from "./language.ts";
import { CITATION_WORD } from "./regexes.ts";

const profiles = loadLanguages();

test("language.ts: Arabic is told from Persian, Urdu and Latin-script languages", () => {
  const cases: Array<[string, string | undefined, string]> = [
    [
      "قال وزير الخارجية إن المحادثات التي جرت في العاصمة كانت مثمرة، وإن الجانبين اتفقا على مواصلة الحوار.",
      undefined,
      "ar",
    ],
    [
      "وزیر امور خارجه گفت که این مذاکرات در تهران برگزار شد و دو طرف برای ادامه گفتگو توافق کردند.",
      undefined,
      "fa",
    ],
    [
      "وزیر خارجہ نے کہا کہ یہ مذاکرات اسلام آباد میں ہوئے اور دونوں فریقوں نے بات چیت جاری رکھنے پر اتفاق کیا ہے۔",
      undefined,
      "ur",
    ],
    [
      "The foreign minister said that the talks in the capital were fruitful and that both sides agreed to continue.",
      undefined,
      "en",
    ],
    [
      "Le ministre a déclaré que les discussions dans la capitale étaient utiles et que les deux parties vont les poursuivre.",
      undefined,
      "fr",
    ],
    ["Oman", "en", "en"],
    ["قمة", undefined, "ar"],
    ["2024", undefined, "und"],
  ];
  for (const [text, hint, expected] of cases)
    assert.equal(detectLanguage(text, profiles, hint), expected, `language.ts: ${text.slice(0, 30)}`);
});

/** The detection as first written, one regex pass per script and per word list: the reference. */
function byRegexes(text: string, profiles: readonly LanguageProfile[], hint?: string): string {
  const sample = text.slice(0, 5000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  const scripts: Record<string, RegExp> = {
    Arabic: /(?=\p{L})\p{Script=Arabic}/gu,
    Latin: /(?=\p{L})\p{Script=Latin}/gu,
    Cyrillic: /(?=\p{L})\p{Script=Cyrillic}/gu,
    Hebrew: /(?=\p{L})\p{Script=Hebrew}/gu,
  };
  let script: string | null = null;
  let most = 0;
  for (const s of new Set(profiles.map((p) => p.script))) {
    const n = scripts[s] ? count(scripts[s]) : 0;
    if (n > most) [script, most] = [s, n];
  }
  if (letters === 0 || most / letters < 0.5) script = null;
  const declared = hint?.toLowerCase().split(/[-_]/u)[0];
  if (script === null) return declared || "und";
  const candidates = profiles.filter((p) => p.script === script);
  const words = (sample.match(CITATION_WORD) ?? []).map((w) => w.toLowerCase());
  let best: { lang: string; hits: number } | null = null;
  for (const p of candidates) {
    const hits = words.filter((w) => p.words.has(w)).length;
    if (best === null || hits > best.hits) best = { lang: p.lang, hits };
  }
  if (best && best.hits >= 3) return best.lang;
  if (declared && candidates.some((p) => p.lang === declared)) return declared;
  return script === "Arabic" ? "ar" : declared || "und";
}

test("language.ts property: the one-pass reading decides as the regexes it is built from", () => {
  // Function words of several profiles, letters of each script, marks, tatweel, digits, capitals,
  // astral letters (𝐀 is Common, 𐐀 Deseret), an emoji, a lone surrogate, and separators.
  const words = [
    ..."في من على إلى است را که کے ہے the and of le la der и של".split(" "),
    ..."THE AND Der İ ΣΟΦΙΑ".split(" "),
    ..."بكين فـي ً ّ ٣ 7 é ж ש 𝐀 𐐀 😀 \ud800".split(" "),
  ];
  const separators = [" ", " ", "\n", "، ", ".", ""];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 40 })
    .map((a) => a.flat().join(""));
  fc.assert(
    fc.property(text, fc.constantFrom(undefined, "en", "ar-EG", "fr"), (t, hint) => {
      assert.equal(detectLanguage(t, profiles, hint), byRegexes(t, profiles, hint), `language.ts: ${t}`);
    }),
    { numRuns: 1000 },
  );
});
