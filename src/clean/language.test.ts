import assert from "node:assert/strict";
import { test } from "node:test";
import { detectLanguage, loadLanguages } from "./language.ts";

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
