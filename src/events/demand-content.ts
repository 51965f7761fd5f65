// What a list of demands, conditions or proposals contains (`تضمنت قائمة المطالب إغلاق قناة الجزيرة وخفض
// التمثيل مع إيران`، `وتشمل الشروط قطع العلاقات مع طهران`): the acts told as its content are asked of a
// party, never done by it nor by the demanders. An act noun after a verb of containing (cue
// `contain_verb`) whose subject is a noun of demands (cue `demand_noun`), standing just before or after
// the verb, is no event (the demand itself, where a trigger, is read as before).
import { tokenIn } from "./cues.ts";
import type { Token } from "../pipeline/types.ts";

/** How far after the verb of containing an act noun of the content may stand. */
const CONTENT_REACH = 16;
/** How far before the verb its subject may stand (`قائمة المطالب الخليجية من قطر تضمنت`). */
const SUBJECT_BEFORE = 5;
/** How far after the verb its subject may stand (`تضمنت قائمة المطالب`). */
const SUBJECT_AFTER = 3;

/** The noun at `i` is told as the content of a list of demands, conditions or proposals. */
export function demandContent(
  tokens: readonly Token[],
  i: number,
  containVerb: ReadonlySet<string>,
  demandNoun: ReadonlySet<string>,
): boolean {
  if (containVerb.size === 0) return false;
  const sentence = (tokens[i] as Token).sentence;
  for (let v = i - 1; v >= Math.max(0, i - CONTENT_REACH); v--) {
    const t = tokens[v] as Token;
    if (t.sentence !== sentence) return false;
    if (!tokenIn(containVerb, t)) continue;
    for (let k = Math.max(0, v - SUBJECT_BEFORE); k <= Math.min(i - 1, v + SUBJECT_AFTER); k++) {
      const n = tokens[k] as Token;
      if (k !== v && n.sentence === sentence && tokenIn(demandNoun, n)) return true;
    }
    return false;
  }
  return false;
}
