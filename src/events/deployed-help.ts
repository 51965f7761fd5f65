// `أرسلت إيران قوات إلى سوريا لدعم الحكومة السورية`، `نشرت قوات في سوريا لمساعدة الرئيس`، `بطلب من الحكومة`:
// troops sent with a purpose of help (cue help_purpose) after them in the clause are the help itself, which the
// gold codes as AID (docs/gold-format.md, backing told in a phrase) when it names the state helped; the sending
// is no mobilisation against the host. A veto (vetoes.ts): the help noun's own row reads the AID (branch assault48).
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the sending verb the purpose may stand (`أرسلت إيران آلاف الجنود إلى سوريا منذ 2013 لدعم`). */
const PURPOSE_REACH = 12;

/** A sending verb of MOBILIZE with a purpose of help after it in its sentence. */
export function sentToHelp(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.type !== "MOBILIZE" || hit.trigger.pos !== "verb") return false;
  const to = Math.min(c.sentenceEnd, hit.end + PURPOSE_REACH);
  for (let k = hit.end; k < to; k++) if (tokenIn(c.cues.helpPurpose, c.tokens[k] as Token)) return true;
  return false;
}
