// A speech act whose subject is a private person: a writer, an activist, a cleric, a citizen (cue
// person_head). `دعا الكاتب السعودي … وزارة الخارجية إلى الرد`، `وشكرت الناشطة السعودية كندا …، داعية
// الولايات المتحدة إلى`: the person speaks for no state, whatever nisba follows the noun; the act is no
// interstate event, and no party named after it (the one addressed) stands in the subject's place.
// A veto (vetoes.ts clauseVeto).
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** Acts a speaker performs by speaking; a deed (an arrest, a strike) takes a private person as its object. */
const SPOKEN = new Set(["REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE"]);

/**
 * A verb trigger with a private person's noun right after it (`دعا الناشط`، `اتهم الكاتب والإعلامي`), no
 * party of the clause standing before the verb as its subject; or a participle (`داعية`، `مطالبا`) of a
 * sentence that opens with a verb whose subject is such a noun (`وشكرت الناشطة السعودية …، داعية`).
 */
export function privateSubject(c: Clause, hit: TriggerHit): boolean {
  // هاجم القارئ الكويتي الداعية: a private person's attack is one of words (cue word_attack, branch accuse48).
  const words = hit.trigger.type === "ASSAULT" && tokenIn(c.cues.wordAttack, c.tokens[hit.first]);
  if (!SPOKEN.has(hit.trigger.type) && !words) return false;
  if (hit.trigger.pos === "verb")
    return (
      tokenIn(c.cues.personHead, c.tokens[hit.end]) &&
      !c.units.some((u) => u.first >= c.start && u.end <= hit.first)
    );
  if (hit.trigger.pos === "participle")
    return (
      c.sentenceStart + 1 < hit.first &&
      tokenIn(c.cues.personHead, c.tokens[c.sentenceStart + 1]) &&
      !c.units.some((u) => u.first >= c.sentenceStart && u.end <= c.sentenceStart + 1)
    );
  return false;
}

/**
 * `اجتاح الإعصار الجزيرة`، `ضرب زلزال قوي المدينة`: a force of nature (cue `nature_agent`) right after the
 * verb is its subject; the act is no state's, and no party told before it (a speaker) is lent to it.
 */
export function natureSubject(c: Clause, hit: TriggerHit): boolean {
  return hit.trigger.pos === "verb" && tokenIn(c.cues.natureAgent, c.tokens[hit.end]);
}

/** How many other nisbas may stand between a person's noun and the state's nisba (`الداعية المصري القطري`). */
const NISBA_WORDS = 2;

/**
 * A nisba unit that tells the nationality of a private person (cue person_head): right after the noun
 * (`الداعية المصري`، `المواطن السعودي`), or after one or two other state nisbas of the same person
 * (`الداعية المصري القطري`). The person is no state's agent. Only state nisbas may stand between: after
 * another attribute the noun may name a post (`الممثل التجاري الأمريكي`, the trade representative).
 */
export function personNisba(c: Clause, u: PartyUnit): boolean {
  if (u.type !== "NISBA" || u.prefix !== "") return false;
  let k = u.first - 1;
  for (let n = 0; n <= NISBA_WORDS; n++) {
    if (tokenIn(c.cues.personHead, c.tokens[k])) return true;
    const before = c.units.find((x) => x.type === "NISBA" && x.end === k + 1 && x.prefix === "");
    if (!before) return false;
    k = before.first - 1;
  }
  return false;
}
