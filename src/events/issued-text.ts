// A verb whose subject is a text a body issued (`أصدرت المحكمة قرارا يطالب واشنطن بـ`، `قرار أممي يطالب
// إسرائيل بالتخلي`، `بيانا تحث فيه اليابان على`): the imperfect right after the text's noun is a clause
// describing that text, so the text is its subject and the state after it is the one asked or charged,
// never the verb's agent. Its agent is the text's issuer: the nisba of the text (`قرار أممي`), else the
// party that issued it, named before it in the sentence (`محكمة العدل الدولية التي أصدرت قرارا`).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { afterPreposition, punctuated, textBetween } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** A subject a preposition opens (`طالبت كل من بريطانيا`), read with the issuer by actor.ts. */
export { subjectAfterVerb } from "./subject-after.ts";

/** How many words (`أممي`، `في صالحها`) may stand between the text's noun and the verb describing it. */
const TEXT_REACH = 3;

/** How far before the text's noun its issuer may stand (`أصدرت محكمة العدل الدولية اليوم الأربعاء قرارا`). */
const ISSUER_REACH = 8;

/** An imperfect with no proclitic (`يطالب`، `تدعو`): a clause describing the noun before it. */
const IMPERFECT = /^[يت]/u;

/**
 * The token of the text's noun (cue issued_text) a verb trigger describes: an imperfect with no proclitic a
 * few words after it, in one stretch of words, with no party between but the text's own nisba; else -1.
 */
export function issuedTextAt(c: Clause, hit: TriggerHit): number {
  if (hit.trigger.pos !== "verb" || hit.prefix !== "") return -1;
  if (!IMPERFECT.test((c.tokens[hit.first] as Token).text)) return -1;
  const from = Math.max(c.sentenceStart, hit.first - ADDRESSED_REACH);
  for (let k = hit.first - 1; k >= from; k--) {
    if (!tokenIn(c.cues.issuedText, c.tokens[k])) continue;
    // وجه الملك رسالة إلى رئيس الوزراء الهندي يدعوه فيها: the letter's addressee may stand between.
    const to = addressee(c, k, hit.first);
    if (to.length > 0) return k;
    if (k < hit.first - TEXT_REACH) continue;
    if (punctuated(c, k + 1, hit.first)) return -1;
    // القرار الذي تنفيه موسكو: after a relative pronoun the text is the verb's object, not its subject.
    for (let j = k + 1; j < hit.first; j++) if (tokenIn(c.cues.relative, c.tokens[j])) return -1;
    const between = c.all.filter((u) => u.first > k && u.first < hit.first);
    return between.every((u) => u === textNisba(c, k)) ? k : -1;
  }
  return -1;
}

/** How far before the verb a letter's noun may stand when its addressee stands between. */
const ADDRESSED_REACH = 9;

/**
 * The units of the addressee of the text's noun at `k` (`رسالة إلى الرئيس الأمريكي، دونالد ترامب`: إلى, cue
 * to_word, opens it), when they fill the words up to the verb at `verb` and are all of one state; else none.
 */
export function addressee(c: Clause, k: number, verb: number): PartyUnit[] {
  const opener = c.tokens[k + 1] as Token | undefined;
  if (!opener || !c.cues.toWord.has(opener.key)) return [];
  const units = c.all.filter((u) => u.first > k && u.first < verb);
  const first = units[0];
  // إلى الرئيس الأمريكي: a title may stand before the nisba that makes the unit.
  if (!first || first.first > k + 3 || first.prefix !== "") return [];
  const states = new Set(units.flatMap((u) => u.parties.map((p) => p.country)));
  if (states.size !== 1 || states.has(null)) return [];
  // Only the addressee's words and commas up to the verb (`، دونالد ترامب،`), then at most فيها.
  const last = units[units.length - 1] as PartyUnit;
  return /^[\s،,]*$/u.test(
    c.tokens
      .slice(last.end, verb)
      .map((t) => t.text)
      .join(""),
  )
    ? units
    : [];
}

/** The addressee of the letter a verb trigger describes (`رسالة إلى ترامب يطلب فيها`), or none. */
export function letterAddressee(c: Clause, hit: TriggerHit): PartyUnit[] {
  const k = issuedTextAt(c, hit);
  return k < 0 ? [] : addressee(c, k, hit.first);
}

/** Unit `after`, after the verb, is its object: the verb describes an issued text. */
export function issuedTextObject(c: Clause, hit: TriggerHit, after: PartyUnit): boolean {
  return after.first >= hit.end && issuedTextAt(c, hit) >= 0;
}

/** The issuer of the text the verb trigger describes, or none (the verb is read as before). */
export function issuedTextIssuer(c: Clause, hit: TriggerHit): PartyUnit[] {
  const by = issuedBy(c, hit);
  if (by.length > 0) return by;
  const k = issuedTextAt(c, hit);
  if (k < 0) return [];
  const nisba = addressee(c, k, hit.first).length > 0 ? undefined : textNisba(c, k);
  if (nisba) return [nisba];
  for (let i = c.units.length - 1; i >= 0; i--) {
    const u = c.units[i] as PartyUnit;
    if (u.end > k || u.first < c.sentenceStart) continue;
    // الرئيس الكوري، مون جاي إن، بعث رسالة: a comma closes a name's aside; a stronger stop ends the search.
    if (u.first < k - ISSUER_REACH || stopBeyondComma(c, u.end, k)) return [];
    // لجأت الدولة إلى المحكمة الدولية التي أصدرت أمرا: after a preposition only as a relative's antecedent.
    const relative = tokenIn(c.cues.relative, c.tokens[u.end]);
    const head = chainHead(c, u);
    const governed = afterPreposition(c, head, Math.max(c.sentenceStart, head.first - 1));
    return governed && !relative ? [] : [u];
  }
  return [];
}

/** The nisba unit right after the text's noun (`قرار أممي`، `بيان أمريكي`), or undefined. */
function textNisba(c: Clause, k: number): PartyUnit | undefined {
  return c.units.find((u) => u.first === k + 1 && u.type === "NISBA" && u.prefix === "");
}

/** A stop other than a comma stands between tokens `from` and `to`. */
function stopBeyondComma(c: Clause, from: number, to: number): boolean {
  return /[.;:؛!?؟()]/u.test(textBetween(c, from, to));
}

/** The first unit of the list `u` closes (`من ألمانيا وبريطانيا وفرنسا`: ألمانيا), joined by و. */
function chainHead(c: Clause, u: PartyUnit): PartyUnit {
  let head = u;
  for (;;) {
    const prev = head.prefix.startsWith("و") ? c.all.find((v) => v.end === head.first) : undefined;
    if (!prev) return head;
    head = prev;
  }
}

/** How many words the issuer's name may start after `عن` (`عن وزارة الخارجية المصرية`: the nisba three on). */
const BY_REACH = 4;

/**
 * `وطالب البيان الصادر عن الخارجية المصرية إثيوبيا بالالتزام`: a verb whose subject is a text's noun right after
 * it, issued by (cue issued_by: `الصادر عن`) a party: the issuer acts, and the party after it is the object.
 */
function issuedBy(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb") return [];
  const k = hit.end;
  if (
    !tokenIn(c.cues.issuedText, c.tokens[k]) ||
    !c.cues.issuedBy.has((c.tokens[k + 1] as Token | undefined)?.key ?? "")
  )
    return [];
  const by = c.tokens[k + 2];
  if (by === undefined || !/^(عن|من)$/u.test(by.key) || punctuated(c, k, k + 3)) return [];
  const u = c.units.find((x) => x.first > k + 2 && x.first <= k + 2 + BY_REACH && x.prefix === "");
  if (!u || punctuated(c, k + 3, u.first)) return [];
  // البيان الصادر عن القمة بالاتفاق بين إثيوبيا: only words of the issuer's name stand before its party.
  for (let j = k + 3; j < u.first; j++) {
    const t = c.tokens[j] as Token;
    if (t.bare.some((b) => b.prefix !== "") || tokenIn(c.cues.preposition, t)) return [];
  }
  return [u];
}
