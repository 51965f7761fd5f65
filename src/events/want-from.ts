// A want told with its subject between the verb and the one asked: `وتريد تركيا من واشنطن أن تسترد
// الأسلحة`، `تريد الولايات المتحدة من كوريا الشمالية التخلص`. The verb of wanting (triggers.tsv carrier
// `wanter`) is a REQUEST trigger of its own only in this shape (triggers.ts lets it stand only before a
// name and `من`): the party right after it is the wanter, `من` right after
// that party's group names the state asked, and what is wanted follows (`أن` or a verbal noun). Any other
// `تريد … من` (تريد فتح طريق للإمدادات من إيران، يريد سحب القوات من سوريا: a place or a source, not one
// asked; تريد كل من إيطاليا واليونان: `من` of `كل من`) gives no event, and the plain `تريد من X أن` is the
// phrase row's. A question about wants (`ماذا يريد كيم من ترامب؟`, cue `want_question`) asks no one.
// The same verb with `أن` and a state named as the subject of the wanted act (`يريد ترامب أن تتخلى كوريا
// الشمالية`، `روسيا تريد أن تمارس تركيا نفوذها`) asks that state; the wanter, named right after the verb or
// right before it, must be a state or an official of one (`كانت تريد أن تمثل بريطانيا`: a person of no
// state wants to act for it; `يريد أن تكون الصين`: his own state). Read by findArguments (arguments.ts)
// before the plain word order.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, punctuated, statesOfUnits } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { Token } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

const NONE: Arguments = { actor: [], recipient: [] };

/** The group of units that starts at token `from` with no proclitic, and the token after it. */
function groupFrom(c: Clause, from: number): { group: PartyUnit[]; end: number } | null {
  const u = c.units.find((x) => x.first === from && x.prefix === "" && !x.place && x.end <= c.end);
  if (!u) return null;
  const group = groupAt(c, u);
  return { group, end: (group[group.length - 1] as PartyUnit).end };
}

/**
 * The sides of a want-verb hit, or null for any other hit. `NONE` when
 * the shape is not `VERB WANTER من ASKED (أن | a word)`.
 */
export function wantFrom(c: Clause, hit: TriggerHit): Arguments | null {
  if (!hit.trigger.wanter) return null;
  if (hit.first > c.sentenceStart && tokenIn(c.cues.wantQuestion, c.tokens[hit.first - 1])) return NONE;
  const that = wantThat(c, hit);
  if (that) return that;
  // ويريد وزير الخارجية الأمريكي من روسيا: two words of a title may stand before the wanter's nisba, as in wantThat.
  const wanter = groupFrom(c, hit.end) ?? titledWanter(c, hit.end);
  if (!wanter || punctuated(c, hit.end, wanter.end)) return NONE;
  const min = c.tokens[wanter.end] as Token | undefined;
  if (!min || min.key !== "من" || wanter.end >= c.end) return NONE;
  const asked = groupFrom(c, wanter.end + 1);
  if (!asked || punctuated(c, wanter.end, asked.end)) return NONE;
  // What is wanted follows in the same sentence, with no stop before it.
  if (asked.end >= c.sentenceEnd || punctuated(c, asked.end, asked.end + 1)) return NONE;
  return wanted(wanter.group, asked.group);
}

/**
 * The wanter's nisba one or two words after `from`, when a title (cue `title_object`: وزير، الرئيس) opens
 * them (`وزير الخارجية الأمريكي`): `يريد سحب القوات الأمريكية من سوريا` wants an act, and asks no one.
 */
function titledWanter(c: Clause, from: number): { group: PartyUnit[]; end: number } | null {
  if (!tokenIn(c.cues.titleObject, c.tokens[from])) return null;
  for (let k = from + 1; k <= from + 2; k++) {
    const found = groupFrom(c, k);
    if (found) return found.group.every((u) => u.type === "NISBA") ? found : null;
  }
  return null;
}

/** The wanter asks the asked, unless one asked is of no state or of the wanter's own. */
function wanted(wanter: PartyUnit[], asked: PartyUnit[]): Arguments {
  const mine = statesOfUnits(wanter);
  if (asked.some((u) => u.parties.some((p) => p.country === null || mine.has(p.country)))) return NONE;
  return { actor: wanter, recipient: asked, fromPhrase: true };
}

/** `أن`'s key. */
const THAT = "ان";

/** The shape `(WANTER) VERB (WANTER) أن V ASKED`, or null for any other. */
function wantThat(c: Clause, hit: TriggerHit): Arguments | null {
  const after = groupFrom(c, hit.end) ?? groupFrom(c, hit.end + 1) ?? groupFrom(c, hit.end + 2);
  if (after && punctuated(c, hit.end, after.end)) return null;
  let k = after ? after.end : hit.end;
  // `وتريد الولايات المتحدة أولاً أن`: one word between the wanter and أن.
  if (after && c.tokens[k]?.key !== THAT && c.tokens[k + 1]?.key === THAT) k++;
  if (c.tokens[k]?.key !== THAT || k + 2 >= c.sentenceEnd || punctuated(c, hit.end, k + 2)) return null;
  const before = c.units.find((u) => u.end === hit.first && u.prefix.replace(/^[وف]/u, "") === "");
  const wanter = after
    ? after.group
    : before && !punctuated(c, before.end, hit.first)
      ? groupAt(c, before)
      : [];
  // The wanted act is a clause of its own (after أن): its subject is looked up in the sentence.
  const subject = c.units.find(
    (x) => x.first === k + 2 && x.prefix === "" && !x.place && x.end <= c.sentenceEnd,
  );
  if (wanter.length === 0 || !subject || statesOfUnits(wanter).has(null)) return NONE;
  return wanted(wanter, groupAt(c, subject));
}
