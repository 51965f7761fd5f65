// `رفضت السلطات الأمريكية طلب ترحيله`، `رفض الرئيس الإيراني عرض نظيره`: a verb form of a nested act's noun
// (طلب، عرض: cue `nested_act`) with no proclitic, right after a verb that answers it (accepting, refusing,
// condemning) and that verb's subject, is the answering verb's object, the verbal noun. A perfect verb does
// not follow a verb and its subject with no و; read as a verb, the answering verb's subject became the
// requester. findTriggers (triggers.ts) then reads it as the nested act's noun.
import type { Token } from "../pipeline/types.ts";
import { tokenIn } from "./cues.ts";
import { ADDRESSEE_TAKERS } from "./nested-acts.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words (the answering verb's subject) may stand between it and the noun. */
const SUBJECT_WORDS = 3;

/** The form at `at` (a verb trigger's) is the verbal noun answered by the verb trigger `prev` before it, in its sentence. */
export function answeredNoun(
  tokens: readonly Token[],
  prev: TriggerHit | undefined,
  at: number,
  prefix: string,
  nested: { keys: ReadonlySet<string>; mentionStarts: ReadonlySet<number> } | undefined,
): boolean {
  // A verb form of the noun (a noun's trigger row is read as a noun already), with no proclitic.
  if (prefix !== "" || nested === undefined) return false;
  // طلب الولايات المتحدة إرسال قوات: a named state right after it keeps the verb reading, whose sides the
  // clause reads as before (the state asks the one that answers).
  if (nested.mentionStarts.has(at + 1)) return false;
  if (prev === undefined || prev.trigger.pos !== "verb" || !ADDRESSEE_TAKERS.has(prev.trigger.type))
    return false;
  if (at - prev.end > SUBJECT_WORDS || !tokenIn(nested.keys, tokens[at])) return false;
  // Only spaces between: a comma or a stop ends the answering verb's clause.
  for (let k = prev.end; k <= at; k++) if (!(tokens[k] as Token).linked) return false;
  return true;
}

// `سيجتمع مجلس الأمن، يوم الأربعاء، بدعوة من الولايات المتحدة`، `أفرجت عن البحارة بطلب من سلطنة عمان`: a
// request or call told with ب and من after an act is the request the act answers (frames.ts atRequest), never
// the act's object.

/** Stems of a request or call told as `ب… من` (key prefixes: طلب، دعوة). */
const CALL_STEMS = ["طلب", "دعو"];

/** Whether the form at `first` (ending at `end`, proclitic `prefix`) is `بطلب من` or `بدعوة من`. */
export function callFrom(tokens: readonly Token[], first: number, end: number, prefix: string): boolean {
  if (!/^[وف]?ب$/u.test(prefix) || tokens[end]?.key !== "من") return false;
  const t = tokens[first];
  return (
    t !== undefined && t.bare.some((b) => b.prefix === prefix && CALL_STEMS.some((s) => b.key.startsWith(s)))
  );
}
