// The evaluations lexicon (lexicons/evaluations.tsv) compiled, and read at a token: judging verbs,
// copulas, owners and victims, and the evaluations themselves by every inflected form.
import { keyOf } from "../arabic/normalize.ts";
import { tokenIs } from "../arabic/tokens.ts";
import type { BareForm, EventType, Token } from "../pipeline/types.ts";
import { list, type Row } from "../pipeline/tsv.ts";

export interface Evaluation {
  /** Keys of the phrase's words; a one-word evaluation is a stem matched with its endings. */
  words: string[];
  type: EventType;
  mode: string | null;
  group: string;
}

export interface Evaluations {
  judge: Map<string, string>;
  /** Judging participles (`معتبرا`، `واصفا`): the sentence's subject before them judges. */
  participle: Set<string>;
  /** Words after which an evaluation is part of a name, no judgement (`دول العدوان`، `تحالف العدوان`). */
  nameHead: Set<string>;
  /**
   * Words of backing (`المدعومة من إيران`، `الموالية لإيران`) by key: in a state speaker's quoted words,
   * a force backed by another state is a charge against that state.
   */
  backing: Map<string, Evaluation>;
  /** Groups whose evaluation, with a state's nisba after it inside quoted words, charges that state (`العدوان الإيراني`). */
  quoted: Set<string>;
  /** Groups whose evaluation's owner must stand right before it (`إن موسكو وراء الحادث`). */
  adjacent: Set<string>;
  /**
   * Groups whose evaluation is an adjective of a state's act, its owner the state named right before it
   * (`أنشطة إيران المزعزعة للاستقرار`، `السلوك الإيراني الخبيث`): in a state speaker's words (quoted, or
   * reported after `قال … إن`) a charge against that state with no judging frame.
   */
  attributive: Set<string>;
  /**
   * Groups whose evaluation is a wrongdoing told as done (`زعزعة استقرار`، `تدعم الإرهاب`، `استخدمت الأسلحة
   * الكيميائية`): in a state speaker's words, a charge against the state that is the reported clause's
   * subject before it (`قال روحاني إن الولايات المتحدة تسعى إلى زعزعة استقرار المنطقة`).
   */
  deed: Set<string>;
  /**
   * Deed groups told only of the reported clause's own subject (`قال الأسد إن إسرائيل تحتل الجولان`، `إن
   * إيران تسلح الميليشيات`): the state must open the clause, right after إن or أن, with no party between
   * it and the deed, a few words before it. Acts that are plain news when any state is their doer.
   */
  subjectDeed: Set<string>;
  /**
   * Groups whose evaluation is a noun of involvement told as proven (`يثبت استمرار تورط النظام الإيراني`):
   * read only after a word of proving (kind `proven`), its owner the state named right after it (words of
   * kind `owner_head` between: `تورط دعم النظام الإيراني`), in a state speaker's words (proven-involvement.ts).
   */
  involvement: Set<string>;
  proven: Set<string>;
  ownerHead: Set<string>;
  /**
   * Groups whose evaluation is a word of inquiry read only as an inquiry into one state's interference in
   * another's elections, the latter's charge (inquiry-charge.ts), with the words that reading asks for.
   */
  inquiry: Set<string>;
  interference: Set<string>;
  ballot: Set<string>;
  doubt: Set<string>;
  /** Words right before a deed that fight it rather than tell it done (`مكافحة تمويل الإرهاب`). */
  counter: Set<string>;
  /** Titles and bodies right after a judging verb whose nisba names the judge (`اعتبر وزير الخارجية الإيراني`). */
  title: Set<string>;
  copula: Set<string>;
  /** One-word evaluations by every stem + ending (`انتهاكا`، `الاستفزازية` without ال), phrases by their first word. */
  inflected: Map<string, Evaluation>;
  phrases: Map<string, Evaluation[]>;
  /**
   * `inflected` and `phrases` by the token key as written, with and without ال (`انتهاكا`،
   * `الانتهاك`), built from them once: a token is looked up once, with no string cut per token.
   */
  byKey: Map<string, KeyEntry>;
  owner: Set<string>;
  victim: Set<string>;
  /** Pronouns of separation after which `من` is "the one who", not a preposition (`إن روسيا هي من تقف وراء`). */
  separator: Set<string>;
  stop: string[][];
}

/** What a token key may start: a one-word evaluation, or phrases to try from their first word. */
interface KeyEntry {
  one: Evaluation | undefined;
  phrases: readonly Evaluation[];
}

/** Endings a one-word evaluation takes (keys): accusative, plural, nisba, a possessive. */
const ENDINGS = new Set(["", "ا", "ات", "ي", "يه", "يا", "يين", "ه", "ها", "هم", "اته", "اتها"]);

export const keysOf = (t: Token | undefined): string[] => (t ? [t.key, ...t.bare.map((b) => b.key)] : []);
const withoutArticle = (k: string) => (k.startsWith("ال") ? k.slice(2) : k);

export function compileEvaluations(rows: readonly Row[]): Evaluations {
  const out: Evaluations = {
    judge: new Map(),
    participle: new Set(),
    nameHead: new Set(),
    title: new Set(),
    backing: new Map(),
    quoted: new Set(),
    adjacent: new Set(),
    attributive: new Set(),
    deed: new Set(),
    subjectDeed: new Set(),
    involvement: new Set(),
    proven: new Set(),
    ownerHead: new Set(),
    inquiry: new Set(),
    interference: new Set(),
    ballot: new Set(),
    doubt: new Set(),
    counter: new Set(),
    copula: new Set(),
    inflected: new Map(),
    phrases: new Map(),
    byKey: new Map(),
    owner: new Set(),
    victim: new Set(),
    separator: new Set(),
    stop: [],
  };
  /** One-word evaluations by stem (without ال). */
  const single = new Map<string, Evaluation>();
  // Kinds that are plain word lists.
  const lists: Record<string, Set<string>> = {
    name_head: out.nameHead,
    title: out.title,
    quoted: out.quoted,
    adjacent: out.adjacent,
    attributive: out.attributive,
    deed: out.deed,
    subject_deed: out.subjectDeed,
    involvement: out.involvement,
    proven: out.proven,
    owner_head: out.ownerHead,
    inquiry: out.inquiry,
    interference: out.interference,
    ballot: out.ballot,
    doubt: out.doubt,
    counter: out.counter,
    copula: out.copula,
    owner: out.owner,
    victim: out.victim,
    separator: out.separator,
  };
  for (const r of rows) {
    const forms = list(r.forms);
    const words = lists[r.kind ?? ""];
    if (words) {
      for (const f of forms) words.add(keyOf(f));
      continue;
    }
    switch (r.kind) {
      case "judge":
        for (const f of forms) out.judge.set(keyOf(f), r.group || keyOf(forms[0] ?? f));
        break;
      case "participle":
        for (const f of forms) {
          out.judge.set(keyOf(f), r.group || keyOf(f));
          out.participle.add(keyOf(f));
        }
        break;
      case "evaluation":
        for (const f of forms) {
          const e: Evaluation = {
            words: f.split(/\s+/u).map(keyOf),
            type: r.type as EventType,
            mode: r.mode || null,
            group: r.group || f,
          };
          const head = withoutArticle(e.words[0] ?? "");
          if (e.words.length === 1) single.set(head, e);
          else out.phrases.set(head, [...(out.phrases.get(head) ?? []), e]);
        }
        break;
      case "backing":
        for (const f of forms)
          out.backing.set(keyOf(f), {
            words: [keyOf(f)],
            type: r.type as EventType,
            mode: r.mode || null,
            group: r.group || f,
          });
        break;
      case "stop":
        for (const f of forms) out.stop.push(f.split(/\s+/u).map(keyOf));
        break;
      default:
        throw new Error(
          `lexicons/evaluations.tsv: unknown kind "${r.kind}"; use judge, participle, copula, evaluation, backing, quoted, adjacent, attributive, deed, subject_deed, involvement, proven, owner_head, inquiry, interference, ballot, doubt, counter, owner, victim, separator, name_head, title or stop`,
        );
    }
  }
  // A word is read as the stem that leaves it the shortest ending.
  for (const ending of [...ENDINGS].sort((a, b) => a.length - b.length))
    for (const [stem, e] of single)
      if (!out.inflected.has(stem + ending)) out.inflected.set(stem + ending, e);
  indexByKey(out);
  return out;
}

/**
 * Fills `byKey`: a token's key `k` is read as `withoutArticle(k)`, so a stored word `w` is met by
 * `الw` and, when `w` does not itself begin with ال, by `w`.
 */
function indexByKey(ev: Evaluations): void {
  const entry = (k: string): KeyEntry => {
    let e = ev.byKey.get(k);
    if (!e) {
      e = { one: undefined, phrases: [] };
      ev.byKey.set(k, e);
    }
    return e;
  };
  const keysFor = (w: string) => (w.startsWith("ال") ? [`ال${w}`] : [`ال${w}`, w]);
  for (const [w, e] of ev.inflected) for (const k of keysFor(w)) entry(k).one = e;
  for (const [w, es] of ev.phrases) for (const k of keysFor(w)) entry(k).phrases = es;
}

/** The evaluation that starts at token k, and how many tokens it spans. */
export function evaluationAt(tokens: readonly Token[], k: number, ev: Evaluations): Evaluation | null {
  const t = tokens[k];
  if (!t) return null;
  for (let b = -1; b < t.bare.length; b++) {
    const entry = ev.byKey.get(b < 0 ? t.key : (t.bare[b] as BareForm).key);
    if (!entry) continue;
    // One word by its stem and an ending (`انتهاكا`، `الاستفزازية`); a phrase by its first word.
    if (entry.one) return entry.one;
    for (const e of entry.phrases) if (wordsAt(tokens, k + 1, e.words, 1)) return e;
  }
  return null;
}

/** True when one of `phrases` (keys) starts at token k. */
export function phraseAt(tokens: readonly Token[], k: number, phrases: readonly string[][]): boolean {
  for (const p of phrases) if (wordsAt(tokens, k, p, 0)) return true;
  return false;
}

/**
 * Whether `words` from `from` on are keys of the tokens from `k` on (`keysOf(t).includes(w)` for
 * each). Loops, not `every` and `keysOf`: the judgements ask this of every token in their reach,
 * and each `keysOf` was a new array (with a closure for each `every`).
 */
function wordsAt(tokens: readonly Token[], k: number, words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i++)
    if (!tokenIs(tokens[k + i - from], words[i] as string)) return false;
  return true;
}
