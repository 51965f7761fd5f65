// Compiles the trigger lexicon and finds trigger occurrences in a text.
import { tokenIn } from "./cues.ts";
import { keyOf } from "../arabic/normalize.ts";
import { BARE, PhraseIndex } from "../arabic/phrases.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import { expandEntry, type GeneratedForm } from "./morphology.ts";
import { formTrigger } from "./form-trigger.ts";
import type { EventType, Token } from "../pipeline/types.ts";
import { SCAN_TRIGGER, type ScanMasks } from "./scan.ts";
import { rulesOf, type TypeTable } from "./types.ts";
import { type FitCues, NEEDED_BEFORE, NO_FIT_CUES, unfit } from "./trigger-fit.ts";
import { otherSenseBefore } from "./trip-sense.ts";
import { answeredNoun, callFrom } from "./answered-noun.ts";
import type { ChannelAction, Trigger } from "./trigger-row.ts";
import { heldPerson } from "./held-person.ts";
import { decidedAct } from "./decided-act.ts";
import { demandContent } from "./demand-content.ts";
import { reachedNoDeal } from "./reached-finding.ts";

// The row type lives in trigger-row.ts; the modules that read triggers import it from here.
export type { ChannelAction, Trigger } from "./trigger-row.ts";

/** How close after a trigger a noun trigger is read as its object (`رفضت مواصلة المفاوضات`). */
const ABSORB_REACH = 3;
/** How far a complement may stand from its trigger. */
const COMPLEMENT_REACH = 8;
/** Prepositions and clitics that open a complement (`على استعادة`، `إلى عقد`، `لاستئناف`). */
const COMPLEMENT_OPENERS = new Set(["علي", "الي", "ب", "ل"]);

const opens = (t: Token | undefined): boolean =>
  t !== undefined &&
  (COMPLEMENT_OPENERS.has(t.key) ||
    t.bare.some((b) => COMPLEMENT_OPENERS.has(b.prefix.replace(/^[وف]/u, ""))));

/**
 * An opener stands between the trigger and the noun (`اتفقوا على تعزيز التعاون`), or the noun is
 * coordinated with the last complement (`على إعادة فتح السفارتين واستئناف الرحلات`).
 */
function introducesComplement(tokens: readonly Token[], from: number, i: number, prefix: string): boolean {
  const p = prefix.replace(/^[وف]/u, "");
  if (COMPLEMENT_OPENERS.has(p) || prefix.startsWith("و")) return true;
  for (let k = from; k < i; k++) if (opens(tokens[k])) return true;
  return false;
}

/** How far after an ambiguous trigger the word that settles it may stand. */
const NEEDS_REACH = 8;

export interface TriggerHit {
  trigger: Trigger;
  first: number;
  end: number;
  /** The proclitics the first token carried (`س` in `ستستأنف`). */
  prefix: string;
  /**
   * `قبلت تركيا اقتراح السعودية`: the trigger whose complement this verbal noun is; the noun, with a
   * state as its genitive agent, is that state's act of its own beside the act that took it.
   */
  within?: TriggerHit;
  /**
   * `يدين الضربات التي شنتها الولايات المتحدة على سوريا`: the nested noun's doer is named by its relative
   * clause, not right after it (carried-act.ts).
   */
  carried?: boolean;
}

/** The `carrier` values that set the trigger flag of their own name; `right` (a right granted) is a duty too. */
const FLAG_CARRIERS = new Set(
  "aspectual intent stance received hosted duty must necessity backed backing blame held addressed regret behind baseless fire wanter relative deal signing standing embassy backer".split(
    " ",
  ),
);
const carrierFlags = (carrier: string): Partial<Trigger> =>
  carrier === "right"
    ? { duty: true, right: true }
    : carrier === "premises"
      ? { behind: true, premises: true }
      : carrier === "embassy_intent"
        ? { embassy: true, intent: true }
        : FLAG_CARRIERS.has(carrier)
          ? { [carrier]: true }
          : {};

export function compileTriggers(rows: readonly Row[]): PhraseIndex<Trigger> {
  const index = new PhraseIndex<Trigger>();
  for (const r of rows) {
    const t: Trigger = {
      type: r.type as EventType,
      mode: r.mode || null,
      context: list(r.context),
      pos: r.pos === "noun" || r.pos === "participle" ? r.pos : "verb",
      frame: list(r.frame).map((f) => (f === "between" || f === "direct" ? f : keyOf(f))),
      channel: (r.channel ?? "") as ChannelAction,
      needs: list(r.needs).map(keyOf),
      reach: r.needs_reach ? Number(r.needs_reach) : NEEDS_REACH,
      unless: list(r.unless).map(keyOf),
      ...carrierFlags(r.carrier ?? ""),
    };
    const added = new Set<string>();
    const add = (form: string, trigger: Trigger) => {
      const key = keyOf(form);
      if (added.has(key)) return;
      added.add(key);
      index.add(form, trigger);
    };
    // هنأ folds into هنا "here": written without its hamza, an explicit form is the word of the row's except.
    const except = new Set(list(r.except).map(keyOf));
    const writtenNot = new Set(list(r.except));
    const folded: Trigger = { ...t, writtenNot };
    for (const form of list(r.forms)) {
      add(form, except.has(keyOf(form)) ? folded : t);
      // The definite noun reports the same act: قصف → القصف، اتصال هاتفي → الاتصال الهاتفي.
      const words = form.split(/\s+/u);
      if (t.pos === "noun" && !words.some((w) => w.startsWith("ال")))
        add(words.map((w) => `ال${w}`).join(" "), t);
    }
    // Generated forms read as what they are: `اتهامه` as a noun even in a row of verbs.
    const variants = new Map<string, Trigger>();
    // A generated form reads as what it is; one Trigger object per kind of form.
    const variant = (g: GeneratedForm): Trigger => {
      const k = `${g.kind}${g.pronounHeh}${g.object ?? ""}${g.relativeOnly === true}`;
      const v = variants.get(k) ?? formTrigger(t, g);
      variants.set(k, v);
      return v;
    };
    for (const entry of list(r.stems))
      for (const g of expandEntry(entry)) if (!except.has(keyOf(g.form))) add(g.form, variant(g));
  }
  return index;
}

/** Trigger occurrences, longest first at each token, skipping tokens inside entity mentions. */
export function findTriggers(
  tokens: readonly Token[],
  index: PhraseIndex<Trigger>,
  covered: ReadonlySet<number>,
  types: TypeTable,
  /** Keys of speech verbs: a complement does not run past one (`أعرب عن تقديره، وقال إنه سيجتمع`). */
  speech: ReadonlySet<string> = new Set(),
  /** Keys of aspectual verbs (بدأ، واصل، أنهى): a noun's needed word may stand in their subject. */
  aspectual: ReadonlySet<string> = new Set(),
  /** The tokens' scan bits (`scanMasks`): a token without SCAN_TRIGGER begins no trigger. */
  masks?: ScanMasks,
  /** Told of every trigger form that yields no hit, and why (scripts/trigger-losses.ts only). */
  skipped?: (first: number, end: number, reason: string) => void,
  /** Keys of the `setting` prepositions (خلال، عقب، في before a call): a meeting noun after one is an occasion. */
  setting: ReadonlySet<string> = new Set(),
  /**
   * Keys of the verbal nouns that keep their own act when taken as a complement with an agent after
   * them (cue `nested_act`: دعوة، طلب، اقتراح، تحذيرات، اتهامات), and the tokens that open a mention.
   */
  nested?: {
    keys: ReadonlySet<string>;
    /** Keys nested only with a state named right after them, not a nisba (cue `nested_named_act`: انسحاب). */
    namedKeys?: ReadonlySet<string> | undefined;
    mentionStarts: ReadonlySet<number>;
    /** The tokens that open a state's nisba (`الاتهامات السعودية`): the noun's doer too. */
    nisbaStarts?: ReadonlySet<number>;
    /** The noun ending before `end` has its doer named by its relative clause (carried-act.ts). */
    carried?: (end: number) => boolean;
    /** First tokens of PERSON mentions with a country, and of their titles: a named person held (held-person.ts). */
    personStarts?: ReadonlySet<number>;
  },
  /** Keys of the `time_before` prepositions (قبيل، عقب، خلال): a noun after one is no object of the trigger before. */
  timeBefore: ReadonlySet<string> = new Set(),
  /**
   * The first token a trigger may begin at; none runs into it from the token before (two-states.ts
   * `firstReadable`). A hit's object and complement readings stay in its sentence, so the hits from it
   * on are the ones a scan from the first token finds.
   */
  from = 0,
  /** The `intent` words (قرر، رغبته، أعلن: a noun of carrier `intent` is an act only after one) and `unfit`'s other cues. */
  fit: FitCues = NO_FIT_CUES,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // يريد بعض المسؤولين الأميركيين أن: a state's nisba names the wanter as a mention does.
  const named = wantNames(covered, nested?.nisbaStarts);
  /** The trigger that takes a complement and one past the last complement it took. */
  let taker: { hit: TriggerHit; end: number } | null = null;
  for (let i = from; i < tokens.length; i++) {
    if (masks && ((masks[i] as number) & SCAN_TRIGGER) === 0) continue;
    if (covered.has(i)) {
      if (skipped) {
        const n = index.matchAt(tokens, i, BARE);
        if (n) skipped(i, n.end, "inside a name");
      }
      continue;
    }
    const m = index.matchAt(tokens, i, BARE);
    if (!m) continue;
    // A form several rows give (`انسحب` from a treaty, of troops) reads as the first row it fits.
    let trigger: Trigger | undefined;
    let misfit: string | null = null;
    for (const t of m.values) {
      let why =
        t.wanter &&
        !namedThenMin(tokens, m.end, named, fit.titleObject) &&
        !namedAfterThat(tokens, m.end, named)
          ? "no name and من after"
          : unfit(t, tokens, i, m.end, m.prefix, aspectual, fit);
      // توصلت اللجنة إلى أن، لن نتوصل إلى سوريا مستقرة: a finding or a name reached, no deal (reached-finding.ts).
      if (why === null && t.type === "AGREE" && reachedNoDeal(tokens, i, m.end, covered, fit))
        why = "a finding reached, no deal";
      // احتجزت السلطات التركية أندرو برونسون: a named person stands for the arrest row's needed word.
      if (why === "needed word missing" && heldPerson(t, tokens, i, m.end, nested)) why = null;
      if (why === null || why === NEEDED_BEFORE) {
        // العقوبات التي فرضتها: the verb's pronoun is the needed noun before it, no party.
        trigger = why === null ? t : { ...t, object: undefined, antecedent: true };
        break;
      }
      misfit ??= why;
    }
    if (!trigger) {
      skipped?.(i, m.end, misfit as string);
      continue;
    }
    // تضمنت قائمة المطالب إغلاق قناة الجزيرة: what demands contain is asked, not done (demand-content.ts).
    if (demandContent(tokens, i, fit.containVerb, fit.demandNoun)) {
      skipped?.(i, m.end, "content of demands");
      i = m.end - 1;
      continue;
    }
    // إلغاء المحادثات، اتفقا على عقد محادثات: a noun right after another trigger is that one's object.
    let prev: TriggerHit | undefined;
    // An act told inside another (`within`) takes nothing: the noun before it is still the taker.
    for (let h = hits.length - 1; h >= 0 && !prev; h--) if (!(hits[h] as TriggerHit).within) prev = hits[h];
    const sameSentence =
      prev !== undefined && (tokens[prev.first] as Token).sentence === (tokens[i] as Token).sentence;
    if (taker && (tokens[taker.hit.first] as Token).sentence !== (tokens[i] as Token).sentence) taker = null;
    // ووصف بوتين في اتصال هاتفي مع نظيره، وقعا اتفاقية خلال زيارة: a meeting or call noun after a
    // preposition of setting is the occasion of the act before it, never its object.
    const occasion =
      trigger.type === "CONSULT" && trigger.pos === "noun" && settingBefore(tokens, i, trigger, setting);
    // … مع تايوان والاعتراف ببكين: a noun after و is a second act, not the object of the first; تحدث إلى
    // ترامب قبيل الضربات: nor is a noun after a preposition of time, which tells when the act before was.
    // قامت الولايات المتحدة، بدعم من حلفائها، بقصف: an adverbial noun of backing takes no act as its object.
    // رفضت السلطات الأمريكية طلب ترحيله: a verb form that is the answered act's noun (answered-noun.ts).
    const asNoun =
      trigger.pos === "noun" || (sameSentence && answeredNoun(tokens, prev, i, m.prefix, nested));
    const objectOfPrev =
      asNoun &&
      prev !== undefined &&
      !prev.trigger.backing &&
      !prev.trigger.backer &&
      sameSentence &&
      i - prev.end <= ABSORB_REACH &&
      !m.prefix.startsWith("و") && // بدعوة من: the call an act answers is no object of it (answered-noun.ts)
      !tokenIn(timeBefore, tokens[i - 1]) &&
      !callFrom(tokens, i, m.end, m.prefix) &&
      // وتوجه الحكومة أصابع الاتهام إلى موسكو: a trip verb pointing a charge travels nowhere (trip-sense.ts).
      !otherSenseBefore(tokens, prev, i);
    // اتفقا في سان فرانسيسكو على استعادة العلاقات: what was agreed, asked or refused is no event of its
    // own; a verb form right after the preposition is its verbal noun (دعت البلدين إلى وقف إطلاق النار).
    const complement =
      (asNoun || afterPreposition(tokens, i, fit.complementPrep)) &&
      taker !== null &&
      i - taker.end <= COMPLEMENT_REACH &&
      !speechBetween(tokens, taker.end, i, speech) &&
      introducesComplement(tokens, taker.hit.end, i, m.prefix);
    // The occasion is neither the object of the noun before it nor the complement of a taker: ظهر
    // تأييده للرئيس الروسي خلال قمة هلسنكي (the summit is when the backing was seen, a meeting of its own).
    // سترد على قرار واشنطن بطرد دبلوماسيين: the act of a decision, done by its owner (decided-act.ts).
    const decided =
      (objectOfPrev || complement) &&
      asNoun &&
      decidedAct(tokens, i, m.prefix, fit.decisionNoun, [nested?.mentionStarts, nested?.nisbaStarts]);
    // …على طهران رغم اعتراض بريطانيا: a trigger that opens with a concessive word (cue concessive) begins a
    // phrase of its own, set against the clause before; it is no object of that clause's act (concessive-objection.ts).
    const conceded = tokenIn(fit.concessive, tokens[i]);
    const absorbed = !occasion && !decided && !conceded && (objectOfPrev || complement);
    if (absorbed) skipped?.(i, m.end, "object of the trigger before");
    // وافقت أنقرة على طلب الرياض تشكيل فريق: the request is Riyadh's own act, told inside Ankara's.
    const owner = taker?.hit ?? prev;
    if (
      absorbed &&
      nested &&
      owner &&
      (asNoun || afterPreposition(tokens, i, fit.complementPrep)) &&
      (((nested.mentionStarts.has(m.end) || nested.nisbaStarts?.has(m.end) === true) &&
        tokenIn(nested.keys, tokens[i])) ||
        (nested.mentionStarts.has(m.end) &&
          nested.namedKeys !== undefined &&
          tokenIn(nested.namedKeys, tokens[i])))
    )
      // A verb form after the preposition is the verbal noun (`على طلب الرياض`): read as a noun.
      hits.push({
        trigger: { ...trigger, pos: "noun" },
        first: i,
        end: m.end,
        prefix: m.prefix,
        within: owner,
      });
    // تأييد الضربات التي نفذتها إسرائيل ضد …: a noun whose relative clause names its doer (carried-act.ts).
    else if (absorbed && owner && trigger.pos === "noun" && nested?.carried?.(m.end))
      hits.push({ trigger, first: i, end: m.end, prefix: m.prefix, within: owner, carried: true });
    if (absorbed && taker && !trigger.backer) taker.end = m.end;
    if (!absorbed) {
      const hit = { trigger, first: i, end: m.end, prefix: m.prefix };
      hits.push(hit);
      // بدعم من حلفائها، بقصف: the adverbial noun of backing (backing.ts) takes no act as its complement,
      // and leaves the taker before it as it was; so does the bare noun (الدعم الكامل للخطوة المغربية بقطع
      // العلاقات: the cut is told on its own; backer-noun.ts).
      if (!trigger.backing && !trigger.backer)
        taker = rulesOf(types, trigger.type).takesComplement ? { hit, end: m.end } : null;
    }
    i = m.end - 1;
  }
  return hits;
}

/** `تريد تركيا من`: a name (tokens inside a mention) right after `end`, then `من` (want-from.ts). */
/** The tokens of mentions, and the first of each state's nisba (a want's wanter, want-from.ts). */
function wantNames(
  covered: ReadonlySet<number>,
  nisba: ReadonlySet<number> | undefined,
): ReadonlySet<number> {
  return nisba && nisba.size > 0 ? new Set([...covered, ...nisba]) : covered;
}

function namedThenMin(
  tokens: readonly Token[],
  end: number,
  covered: ReadonlySet<number>,
  titles: ReadonlySet<string>,
): boolean {
  let k = end;
  // ويريد وزير الخارجية الأمريكي من روسيا: a title (cue `title_object`) and one word more may stand before the nisba.
  if (tokenIn(titles, tokens[k])) {
    while (k < end + 2 && !covered.has(k)) k++;
    if (!covered.has(k)) k = end;
  }
  while (covered.has(k)) k++;
  return k > end && tokens[k]?.key === "من" && tokens[k]?.sentence === tokens[end]?.sentence;
}

/**
 * `يريد ترامب أن تتخلى كوريا الشمالية`، `روسيا تريد أن تمارس تركيا`: a name or none after `end`, then `أن`,
 * one word, and a name (the state wanted to act), in one sentence (want-from.ts). Two words may stand
 * before the name (`بعض المسؤولين`) and one after it (`أولاً`).
 */
function namedAfterThat(tokens: readonly Token[], end: number, covered: ReadonlySet<number>): boolean {
  // Two words may stand before the name (`بعض المسؤولين الأميركيين`) and one after it (`أولاً`).
  let k = end;
  while (k < end + 2 && !covered.has(k) && tokens[k]?.key !== "ان") k++;
  if (!covered.has(k)) k = end;
  while (covered.has(k)) k++;
  if (k > end && tokens[k]?.key !== "ان" && tokens[k + 1]?.key === "ان") k++;
  const that = tokens[k];
  if (that?.key !== "ان" || that.sentence !== tokens[end]?.sentence) return false;
  return !covered.has(k + 1) && covered.has(k + 2) && tokens[k + 2]?.sentence === that.sentence;
}

/** في: before a meeting noun mostly what a verb takes (`دخلت في مناقشات`); before a call, a setting. */
const IN_KEY = "في";

/** `tokens[i]` follows a `setting` preposition; في counts before a call only (mode `phone`). */
export function settingBefore(
  tokens: readonly Token[],
  i: number,
  trigger: Trigger,
  setting: ReadonlySet<string>,
): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== (tokens[i] as Token).sentence) return false;
  const keys = [prev.key, ...prev.bare.map((b) => b.key)];
  if (!keys.some((k) => setting.has(k))) return false;
  return trigger.mode === "phone" || !keys.includes(IN_KEY);
}

/** The word at `i` follows a preposition (cue complement_prep) after which it is a noun, never a verb (`إلى وقف`، `على تعليق`). */
function afterPreposition(tokens: readonly Token[], i: number, preps: ReadonlySet<string>): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sentence === (tokens[i] as Token).sentence && preps.has(prev.key);
}

function speechBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  speech: ReadonlySet<string>,
): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    // tokenIn: a loop, no closure per token, and a SlotSet's bit test before any look-up.
    if (tokenIn(speech, t)) return true;
  }
  return false;
}
