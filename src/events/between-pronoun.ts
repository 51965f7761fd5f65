// `وقال ترامب إن القمة بينه وبين الزعيم الكوري`، `المحادثات بينها وبين ترامب`: a between word with a pronoun
// (cue between_pronoun) and `وبين X` after it names the act's two sides: X, and the pronoun's antecedent, the
// nearest party before it in its sentence that the pronoun agrees with and that is of another state than X, when
// it is a person (the speaker, a leader: `بينه وبين الزعيم الكوري`).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { agrees } from "./references.ts";
import { stateful } from "./stateful.ts";
import { unmarked } from "../arabic/regexes.ts";

/** How far after `وبين` its party may stand (`وبين الزعيم الكوري الشمالي`). */
const OTHER_REACH = 3;

/** The two sides of `بينه وبين X` at token k, or none; X ends by `end` (past the clause after a relative). */
export function betweenPronounSides(c: Clause, k: number, end = c.end): PartyUnit[] {
  const word = c.tokens[k] as Token;
  const next = c.tokens[k + 1];
  if (!tokenIn(c.cues.betweenPronoun, word) || !next || !tokenIn(c.cues.between, next)) return [];
  if (!next.bare.some((b) => b.prefix === "و")) return [];
  const units = end > c.end ? c.all : c.units;
  const other = units.find((u) => u.first > k + 1 && u.first <= k + 1 + OTHER_REACH && u.end <= end);
  if (!other || !stateful(other)) return [];
  const group = groupAt(c, other);
  const states = new Set(group.flatMap((u) => u.parties.map((p) => p.country)));
  const feminine = unmarked(word.text).endsWith("ها");
  for (let i = c.all.length - 1; i >= 0; i--) {
    const u = c.all[i] as PartyUnit;
    if (u.end > k || u.first < c.sentenceStart || u.place) continue;
    // A person's gender is not known from the name (`بينها وبين ترامب` after `قالت ماي`).
    if (u.type !== "PERSON" && !agrees(c.tokens, u, feminine)) continue;
    if (u.parties.every((p) => states.has(p.country))) continue;
    // التعاون بينها وبين إيران after `خروج واشنطن … هدف أوروبا`: a state's name may be one of several things
    // the pronoun could stand for (a region is no unit); only a person is read as its antecedent.
    return u.type === "PERSON" && stateful(u) ? [u, ...group] : [];
  }
  return [];
}
