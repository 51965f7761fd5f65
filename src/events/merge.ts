// The final merge of events: one happening told in several sentences is one event.
import type { Event, Token } from "../pipeline/types.ts";
import { rulesOf, type TypeRules, type TypeTable } from "./types.ts";

/** `كان`/`وكان` … `قد` before the trigger in its sentence: the pluperfect of a retelling. */
export function pluperfect(tokens: readonly Token[], from: number, first: number): boolean {
  let was = false;
  for (let k = from; k < first; k++) {
    const t = tokens[k] as Token;
    const keys = [t.key, ...t.bare.map((b) => b.key)];
    if (keys.includes("كان") || keys.includes("كانت")) was = true;
    else if (was && keys.includes("قد")) return true;
  }
  return false;
}

// Functions declared here, not closures made per call: the CLI runs through tsx, whose esbuild
// `keepNames` names every function when it is made (`__name`, about 0.7 µs each).
function statesOf(e: Event): string {
  return [...new Set([...e.actor, ...e.recipient].map((p) => p.country))].sort().join(",");
}

function sidesOf(e: Event): string {
  return [e.actor, e.recipient]
    .map((ps) => [...new Set(ps.map((p) => p.country))].sort().join(","))
    .join(">");
}

/**
 * The same date: the same value, and, when neither is fixed, the same words (`يوم الثلاثاء` and
 * `في ديسمبر` in an article with no publication date are two dates, both unknown).
 */
function sameDate(o: Event, e: Event): boolean {
  if (o.date !== e.date) return false;
  return o.date !== null || o.date_text === null || e.date_text === null || o.date_text === e.date_text;
}

/** Repeats of the event's type merge: every one, or (`merged` = future) only a plan or promise retold. */
function mergesWith(rules: TypeRules, e: Event): boolean {
  return rules.merged || (rules.mergedFuture && e.modality === "future");
}

/**
 * One meeting told in several sentences of an article is one event: same type, same states and
 * the same date (`أجرتا محادثات` … `زيارة بيلوسوف إلى بكين`).
 */
export function mergeRepeats(events: Event[], types: TypeTable, retold: ReadonlySet<Event>): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    // A retelling without a date of its own (`قبل ساعات من اللقاء`) is the happening already told.
    // `وكان المتحدث قد أعلن أن بلاده قررت وقف …`: a pluperfect retelling of an act told before, by the
    // same side to the same side, is that act, whatever its type.
    const same = out.find(
      (o) =>
        o.type === e.type &&
        o.negated === e.negated &&
        // من المقرر أن يلتقي: a scheduled meeting is not the meeting told as held.
        o.modality === e.modality &&
        statesOf(o) === statesOf(e) &&
        (mergesWith(rulesOf(types, o.type), o)
          ? sameDate(o, e) || e.date_text === null
          : retold.has(e) && e.date_text === null && sidesOf(o) === sidesOf(e)),
    );
    if (!same) {
      out.push({ ...e, id: `v${out.length + 1}` });
      continue;
    }
    same.date_text ??= e.date_text;
  }
  return out;
}
