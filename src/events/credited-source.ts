// A source credited at the tail of its sentence is no side of the act the sentence tells: in `ورفضت الحكومة
// مطالب المعارضة، وفقا للأمم المتحدة` the UN tells the refusal, it is not refused. Read by units.ts. Only a
// credit that closes its sentence (after a comma, the source running to the sentence's end) is read: a credit
// that opens a clause of its own (`فبحسب وزارة الخارجية الألمانية هناك خمسة مواطنين اعتقلتهم تركيا`) keeps
// its source, whose own words follow. Only an international body is read so (`وفقا للأمم المتحدة`، `بحسب منظمة
// الصحة العالمية`): it tells acts as an observer, while a state's office credited at the end often tells an act
// aimed at its own state (`في رد على تهديدات روسية، وفقا لمسؤول بوزارة الدفاع الأمريكية`), and the corpus read so
// lost a right threat.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many words may stand between the credit word and its source (`بحسب ما أعلنت الأمم المتحدة`). */
const SOURCE_REACH = 3;
/** The code of international bodies. */
const IGO = "IGO";

/** The first tokens of mentions a sentence-final credit (cue attribution after a comma) names as its source. */
export function creditedSources(arabic: ArabicText, found: EntitiesResult, cues: EventCues): Set<number> {
  const out = new Set<number>();
  const { tokens, text } = arabic;
  const byStart = new Map<number, EntitiesResult["mentions"][number]>();
  for (const m of found.mentions) if (!byStart.has(m.firstToken)) byStart.set(m.firstToken, m);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || prev.sentence !== t.sentence || !tokenIn(cues.attribution, t)) continue;
    if (!/[،,]/u.test(text.slice(prev.end, t.start))) continue;
    for (let j = k + 1; j <= k + SOURCE_REACH && j < tokens.length; j++) {
      if (tokens[j]?.sentence !== t.sentence) break;
      const m = byStart.get(j);
      if (!m) continue;
      const after = tokens[m.endToken];
      // The source must close the sentence (nothing but punctuation after it) and be an international body.
      if (m.country === IGO && (after === undefined || after.sentence !== t.sentence)) out.add(m.firstToken);
      break;
    }
  }
  return out;
}
