// The sides a trigger's own clause names: the clause around it (its sentence's units; the words that
// are acts), read with the pronouns on prepositions resolved (`معها`، `ودعاها`), and read again
// without a state's pronoun that only repeats the other side (`تقدير بلاده لمواقف قطر`). Moved out of
// findEvents (index.ts).
import { BARE, type PhraseIndex } from "../arabic/phrases.ts";
import type { ArabicText, Sentence } from "../pipeline/types.ts";
import { PRONOUN_UNIT } from "./anaphora.ts";
import { type Arguments, type Clause, findArguments, type PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { resolveReferences } from "./references.ts";
import { fixedDateIn } from "./retold-dated.ts";
import { selfReference, withReferences } from "./sides.ts";
import type { Trigger, TriggerHit } from "./triggers.ts";
import { rulesOf, type TypeTable } from "./types.ts";

/** What the clause reading takes from the document. */
export interface ClauseContext {
  arabic: ArabicText;
  /** The document's party units. */
  units: readonly PartyUnit[];
  /** Its unresolved references (`referenceUnits`). */
  references: readonly PartyUnit[];
  cues: EventCues;
  types: TypeTable;
  triggers: PhraseIndex<Trigger>;
  /** Token k opens a trigger word (`actReader`). */
  isAct: (k: number) => boolean;
}

/** Token k opens a trigger word (an act), remembered per token for one document. */
export function actReader(arabic: ArabicText, triggers: PhraseIndex<Trigger>): (k: number) => boolean {
  const acts = new Map<number, boolean>();
  return (k: number): boolean => {
    let known = acts.get(k);
    if (known === undefined) {
      // دعمهما is an act only after an aspectual verb (`واصلت … دعمها`); elsewhere it is none.
      // بدعم من روسيا is the manner of the act it goes with (backing.ts), no act that ends a side's reach.
      known =
        triggers.matchAt(arabic.tokens, k, BARE)?.values.some((t) => !t.aspectual && !t.backing) ?? false;
      acts.set(k, known);
    }
    return known;
  };
}

/** The clause of `hit` (its span `span` in `sentence`) and the sides it names. */
export function clauseSides(
  hit: TriggerHit,
  sentence: Sentence,
  span: ClauseSpan,
  ctx: ClauseContext,
): { clause: Clause; args: Arguments } {
  const { arabic, units, references, cues, types, isAct, triggers } = ctx;
  // The units are in order of their first token (documentUnits sorts them): the sentence's are
  // found from the first that may lie in it, not by a filter over the whole document's per trigger.
  const inSentence: PartyUnit[] = [];
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((units[mid] as PartyUnit).first < sentence.firstToken) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < units.length; k++) {
    const u = units[k] as PartyUnit;
    if (u.first > sentence.endToken) break;
    if (within(u, sentence)) inSentence.push(u);
  }
  // The trigger type's rules, looked up once for the five fields below.
  const rules = rulesOf(types, hit.trigger.type);
  const clause: Clause = {
    tokens: arabic.tokens,
    text: arabic.text,
    units: inSentence.filter((u) => !u.place),
    all: inSentence,
    cues,
    sentenceStart: sentence.firstToken,
    sentenceEnd: sentence.endToken,
    start: span.start,
    end: span.end,
    isAct,
    // وترفضه إسلام آباد: a trigger form with an object pronoun (its row's object ه or ها) answers the act before.
    answersAt: (k) =>
      triggers.matchAt(arabic.tokens, k, BARE)?.values.some((t) => t.object !== undefined) ?? false,
    // …، والبحرين تؤيد: a verb form (a trigger row of part of speech verb) right after a state (own-verb-conjunct.ts).
    verbAt: (k) => triggers.matchAt(arabic.tokens, k, BARE)?.values.some((t) => t.pos === "verb") ?? false,
    // مناورات روسية صينية: a drill's stacked nisbas are its joint participants, as a directed act's are.
    directedNounEnd:
      hit.trigger.pos === "noun" && (!rules.mutual || tokenIn(cues.jointDrill, arabic.tokens[hit.first]))
        ? hit.end
        : undefined,
    occasionNoTarget: !rules.occasionTarget,
    missionTarget: rules.missionTarget,
    addresseePrep: rules.addresseePrep ?? undefined,
    targetVerb: rules.targetVerb,
    datedAt: (from, to) => fixedDateIn(arabic, from, to),
  };
  // ودعاها، معها، داعيا الأخيرة: read with the references; one with no antecedent, read as before.
  const nounForm =
    hit.trigger.object !== undefined &&
    (triggers.matchAt(arabic.tokens, hit.first, BARE)?.values.some((t) => t.pos === "noun") ?? false);
  const args = withReferences(
    clause,
    hit,
    references.filter((u) => within(u, sentence)),
    nounForm,
    (a, h) => resolveReferences(a, h, arabic.tokens, arabic.text, arabic.sentences, units, cues),
  );
  // أعرب الوزير السوداني عن تقدير بلاده لمواقف قطر: a state's pronoun that only repeats the
  // other side's state is no party; the clause is read again without it.
  if (selfReference(args))
    return {
      clause,
      args: findArguments(
        {
          ...clause,
          units: clause.units.filter((u) => u.type !== PRONOUN_UNIT),
          all: clause.all.filter((u) => u.type !== PRONOUN_UNIT),
        },
        hit,
      ),
    };
  return { clause, args };
}

/**
 * The unit lies inside the sentence. Declared here, not as a closure per trigger: the CLI runs
 * through tsx, whose esbuild `keepNames` names every function when it is made (about 0.7 µs each).
 */
function within(u: PartyUnit, sentence: Sentence): boolean {
  return u.first >= sentence.firstToken && u.end <= sentence.endToken;
}
