// `تكثف البحرية الأمريكية وجودها في البحر الأسود لمواجهة الوجود الروسي`، `أرسلت قطعا بحرية إلى المنطقة لردع
// القوات الإيرانية`: troops or ships sent with a purpose of confronting (cue confront_purpose) are mobilised
// against the state whose attack, forces or presence the purpose names. Read only when the mobilisation has no
// recipient of its own: the place the troops go to (`في البحر الأسود`، `إلى عفرين`) names no state. The state must
// stand a few words after the purpose word, in the same sentence (troops sent to help are vetoed before, by
// deployed-help.ts). A state past a description the purpose quotes (`لمواجهة ما وصفه بـ"العدوان" التركي`, five
// tokens on) is out of reach: the describing verb there reads its own sides, and with this recipient it took the
// confronted state as the describer (branch assault49).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the sending verb the purpose may stand (`دفع … بقوات موالية له إلى عفرين لمواجهة`). */
const PURPOSE_REACH = 10;
/** How many tokens may stand between the purpose word and the state (`لمواجهة الوجود الروسي المتزايد`، `لردع أي هجوم أمريكي`). */
const STATE_GAP = 4;

/** The state a mobilisation confronts, named after a purpose word of confronting; none when none is told. */
export function confrontedState(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.type !== "MOBILIZE") return [];
  const to = Math.min(c.sentenceEnd, hit.end + PURPOSE_REACH);
  for (let k = hit.end; k < to; k++) {
    if (!tokenIn(c.cues.confrontPurpose, c.tokens[k] as Token)) continue;
    const u = c.units.find(
      (x) =>
        x.first > k &&
        x.first <= k + STATE_GAP &&
        x.end <= c.sentenceEnd &&
        x.parties.some((p) => p.country !== null && p.country !== "IGO"),
    );
    return u ? [u] : [];
  }
  return [];
}
