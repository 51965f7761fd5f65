// `أدانت المحكمة الناشط - وهو من قادة الاحتجاجات التي شهدتها البحرين - بتهمة …، وندد بالحملة`: a party inside
// an aside that two spaced dashes enclose belongs to the aside's own clause; it is no subject that a later verb
// of the sentence (a و-verb after a comma, continued-clause.ts) continues.
import type { Clause, PartyUnit } from "./arguments.ts";
import type { Token } from "../pipeline/types.ts";

/** A dash standing alone between words (not a hyphen inside a word or a number range). */
const DASH = /(?:^|\s)[-–—](?=\s|$)/gu;

/** The unit `u` stands between an opening spaced dash after the sentence's start and a closing one before token `at`. */
export function inDashAside(c: Clause, u: PartyUnit, at: number): boolean {
  const start = (c.tokens[c.sentenceStart] as Token | undefined)?.start;
  const first = c.tokens[u.first] as Token | undefined;
  const last = c.tokens[u.end - 1] as Token | undefined;
  const verb = c.tokens[at] as Token | undefined;
  if (start === undefined || !first || !last || !verb || u.end > at) return false;
  const opened = (c.text.slice(start, first.start).match(DASH) ?? []).length % 2 === 1;
  return opened && (c.text.slice(last.end, verb.start).match(DASH) ?? []).length > 0;
}
