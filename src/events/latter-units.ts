// "The latter" (`الأخيرة`، `الأخير`, cue latter): a unit of the party named last before it, of its gender.
// Split from back-references.ts, which is at its size limit.
import { definite } from "../arabic/tokens.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { stateful } from "./stateful.ts";
import { agrees } from "./references.ts";
import { anyMarked, marked, SCAN_LATTER, type ScanMasks } from "./scan.ts";
import { unmarked } from "../arabic/regexes.ts";
import { gapIs } from "../arabic/gaps.ts";

/** Unit types a `الأخيرة` may stand for: names and nisba phrases, not places. */
const LATTER_OF = new Set(["GPE", "NISBA", "ORG", "PERSON"]);

/**
 * `انتقاد الأخيرة`، `واصفا الأخير بأنه`: news prose calls the party it named last `the latter` (cue
 * `latter`). Not after a definite word, a name, a possessed noun or a word of time (cue `latter_time`):
 * there it is the adjective `last` (`السنوات الأخيرة`، `تصريحات ترامب الأخيرة`، `زيارته الأخيرة`). It
 * becomes a unit of the nearest name before it, in its sentence or the one before, of its gender (as
 * a pronoun agrees); none when that name is of no state (the latter is then no state's party).
 */
export function latterUnits(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  covered: ReadonlySet<number>,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_LATTER is read. */
  masks?: ScanMasks,
): PartyUnit[] {
  if (cues.latter.size === 0 || !anyMarked(masks, SCAN_LATTER)) return [];
  const { tokens } = arabic;
  const out: PartyUnit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // The cue first: its SlotSet bit test is cheaper than the set of numbers.
    if (!marked(masks, k, SCAN_LATTER) || !tokenIn(cues.latter, t) || covered.has(k)) continue;
    const before = tokens[k - 1] as Token;
    if (before.sentence !== t.sentence || covered.has(k - 1) || tokenIn(cues.latterTime, before)) continue;
    if (!gapIs(arabic.text, before.end, t.start, "space")) continue;
    if (definite(before)) continue;
    const plain = unmarked(before.text);
    if (/(ه|ها|هم|هما|هن|كم|نا)$/u.test(plain) && !tokenIn(cues.latterTime, before)) continue;
    const feminine = unmarked(t.text).endsWith("ة");
    let named: PartyUnit | undefined;
    for (const u of units) {
      if (u.end > k) continue;
      const s = (tokens[u.first] as Token).sentence;
      if (s < t.sentence - 1 || u.place || !LATTER_OF.has(u.type) || !agrees(tokens, u, feminine)) continue;
      named = u;
    }
    if (!named || !stateful(named)) continue;
    const reading = [{ key: t.key, prefix: "" }, ...t.bare].find((b) => cues.latter.has(b.key));
    out.push({
      first: k,
      end: k + 1,
      prefix: reading?.prefix ?? "",
      type: named.type,
      parties: named.parties.map((p) => ({ ...p, text: t.text })),
      place: false,
    });
  }
  return out;
}
