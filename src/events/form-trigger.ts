// A trigger row read by one of its generated forms (morphology.ts): split from triggers.ts.
import type { GeneratedForm } from "./morphology.ts";
import type { Trigger } from "./trigger-row.ts";

/** The row's trigger as a generated form reads it: its part of speech, ه pronoun, object, relative flag. */
export function formTrigger(t: Trigger, g: GeneratedForm): Trigger {
  const { kind: pos, pronounHeh, object, relativeOnly } = g;
  if (t.pos === pos && !pronounHeh && !object && !relativeOnly) return t;
  return {
    ...t,
    pos,
    ...(pronounHeh ? { pronounHeh } : {}),
    ...(object ? { object } : {}),
    ...(relativeOnly ? { relativeOnly } : {}),
  };
}
