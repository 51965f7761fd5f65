// One act told twice in its sentence is one event: a verb and its verbal noun, a list of triggers
// for the same act. An act is the same when its type, states and sentence are (and, for a type whose
// modes are apart, its mode; for a scheduled act, its modality), unless a date of its own, a
// counter-charge or another channel makes it another. Split from findEvents (index.ts).
import type { Event, Party, Token } from "../pipeline/types.ts";
import type { EventCues } from "./event-cues.ts";

/** What the repeat test reads of an act about to be kept. */
export interface ActKey {
  type: string;
  /** The act is a scheduled one (`القمة المرتقبة`): its modality keeps it apart from one held. */
  scheduled: boolean;
  modality: string;
  /** The trigger's mode when the type's modes are apart (event-types.tsv `modes_apart`), else "". */
  mode: string;
  /** The states of both sides. */
  countries: ReadonlySet<string>;
  /** The type's act told back by its target is a second act (event-types.tsv `returned`). */
  returned: boolean;
  /** A returned act told by a noun is a second act too (a measure returned by its mode, `طرد دبلوماسيين روس`). */
  nounReturned: boolean;
  /** The sentence's start offset. */
  sentence: number;
}

/** The acts kept so far in a document, by type, states and sentence. */
export class SentenceRepeats {
  /** Each key's date expression, the one that governs the first act kept under it. */
  private readonly dates = new Map<string, string | null>();
  /** The accusers' states of the accusations kept under each key: a counter-charge is not folded. */
  private readonly accusers = new Map<string, string[]>();
  /** The call and visit modes of the triggers read so far under each key. */
  private readonly channels = new Map<string, Set<string>>();
  /** The event kept under each key, once bound, and the key of the last act kept. */
  private readonly kept = new Map<string, Event>();
  private lastKey = "";
  /** The event the last repeat found folds into (set by `repeats` when it returns true). */
  folded: Event | undefined;

  /** The event made of the act `repeats` last kept. */
  bind(event: Event): void {
    this.kept.set(this.lastKey, event);
  }

  /**
   * Whether the act is one already kept in its sentence; if not, it is recorded as kept. `pos`: the
   * trigger's part of speech; `when`: its date expression; `channel`: its mode when a call or a visit.
   */
  repeats(
    key: ActKey,
    act: {
      actor: readonly Party[];
      pos: string | undefined;
      when: string | null;
      channel: string | null;
      /** The act is told right after a list joiner (`إضافة إلى`، `فضلا عن`): a further item of a list. */
      added: boolean;
    },
  ): boolean {
    const { type } = key;
    const dedupe = `${type}|${key.scheduled ? key.modality : ""}|${key.mode}|${[...key.countries].sort().join(",")}|${key.sentence}`;
    // انتقادات كندية …، الأمر الذي اعتبرته الرياض تدخلا: a charge and the counter-charge between the same
    // states, the second told by a verb, are two accusations (and praise returned, أشاد الوزير اليوناني
    // بالدور المصري، فيما أعرب شكري عن تقدير بلاده لموقف أثينا, two acts of support); a noun's sides are
    // read less surely (its genitive may be the accuser or the accused), so an act told by a noun stays folded.
    const accuser = key.returned ? statesOf(act.actor) : "";
    const ways = this.accusers.get(dedupe);
    // أبعدت بكين 12 دبلوماسيا كنديا ردا على إبعاد أوتاوا دبلوماسيين صينيين: a measure returned by its
    // mode names its sides by the people it strikes, as surely told by a noun as by a verb.
    const counter = (act.pos !== "noun" || key.nounReturned) && ways !== undefined && !ways.includes(accuser);
    // القمة … في نوفمبر، إذ تحدث … في ديسمبر: two acts each with a date of its own are two events.
    const dated = this.dates.get(dedupe);
    // وصل بومبيو إلى الرياض بعد أن اتصل ترامب بالملك سلمان: a call and a visit told in one sentence are
    // two acts (the call is no part of the trip); a talk verb or a meeting noun stays one with either.
    const { channel, when } = act;
    const channels = this.channels.get(dedupe);
    const otherChannel =
      channel !== null && channels !== undefined && channels.size > 0 && !channels.has(channel);
    if (channel !== null) this.channels.set(dedupe, (channels ?? new Set<string>()).add(channel));
    if (
      dated !== undefined &&
      !counter &&
      !act.added &&
      !(dated !== null && when !== null && when !== dated) &&
      !otherChannel
    ) {
      this.folded = this.kept.get(dedupe);
      return true;
    }
    this.lastKey = dedupe;
    if (dated === undefined) this.dates.set(dedupe, when);
    if (key.returned) this.accusers.set(dedupe, [...(ways ?? []), accuser]);
    return false;
  }
}

/** A side's states, each once, sorted. */
function statesOf(side: readonly Party[]): string {
  const out: string[] = [];
  for (const p of side) if (p.country !== null && !out.includes(p.country)) out.push(p.country);
  return out.sort().join(",");
}

/**
 * أعلنت موسكو إغلاق المركز الثقافي البريطاني، إضافة إلى إغلاق القنصلية البريطانية: an act told right after a
 * list joiner (cue list_joiner: بالإضافة إلى، فضلا عن، إلى جانب) is a further item beside the act told before
 * it in its sentence, not that act told again.
 */
export function listedBeside(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  for (const n of [2, 3]) {
    if (first - n < 0) continue;
    const words = tokens.slice(first - n, first).map((t) => t.key);
    if (words[0]?.startsWith("و") && words[0] !== "و") words[0] = words[0].slice(1);
    if (cues.listJoiner.has(words.join(" "))) return true;
  }
  return false;
}
