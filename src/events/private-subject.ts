// A speech act whose subject is a private person: a writer, an activist, a cleric, a citizen (cue
// person_head). `دعا الكاتب السعودي … وزارة الخارجية إلى الرد`، `وشكرت الناشطة السعودية كندا …، داعية
// الولايات المتحدة إلى`: the person speaks for no state, whatever nisba follows the noun; the act is no
// interstate event, and no party named after it (the one addressed) stands in the subject's place.
// A veto (vetoes.ts clauseVeto).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { masculineVerb } from "./gender-object.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { bodyOfficialNisba } from "./body-official.ts";

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
      (tokenIn(c.cues.personHead, c.tokens[hit.end]) &&
        !c.units.some((u) => u.first >= c.start && u.end <= hit.first)) ||
      continuedCall(c, hit)
    );
  if (hit.trigger.pos === "participle") return c.sentenceStart + 1 < hit.first && opensWithPerson(c);
  return false;
}

/** The sentence opens with a verb whose subject is a private person's noun (`وشكرت الناشطة السعودية`). */
function opensWithPerson(c: Clause): boolean {
  return (
    tokenIn(c.cues.personHead, c.tokens[c.sentenceStart + 1]) &&
    !c.units.some((u) => u.first >= c.sentenceStart && u.end <= c.sentenceStart + 1)
  );
}

/**
 * `وشكرت الناشطة السعودية كندا على موقفها، ودعت الولايات المتحدة وبريطانيا إلى الانضمام إلى كندا`: a verb of
 * calling with و after a comma, of the person's gender, continues the clause its sentence opens with; when that clause's subject is a
 * private person, the states right after the verb are the ones called on, not its subject, and the caller
 * speaks for no state.
 */
function continuedCall(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "REQUEST" || !hit.prefix.startsWith("و")) return false;
  if (hit.first <= c.sentenceStart + 2 || !punctuated(c, hit.first, hit.first) || !opensWithPerson(c))
    return false;
  // وانتقد الكاتب …، ودعت فرنسا: a verb whose form does not agree with the person opens a clause of its own.
  const woman = /ة$/u.test((c.tokens[c.sentenceStart + 1] as Token).text);
  return woman !== masculineVerb(c.tokens[hit.first] as Token, hit.prefix);
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
  if (bodyOfficialNisba(c, u)) return true; // رئيس الاتحاد الدولي …، السويسري: an official's nationality
  let k = u.first - 1;
  for (let n = 0; n <= NISBA_WORDS; n++) {
    if (tokenIn(c.cues.personHead, c.tokens[k])) return true;
    const before = c.units.find((x) => x.type === "NISBA" && x.end === k + 1 && x.prefix === "");
    if (!before) return false;
    k = before.first - 1;
  }
  return false;
}
