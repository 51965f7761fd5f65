// A detention told of a named person (احتجزت السلطات التركية أندرو برونسون، اعتقال برونسون): the arrest and
// deport rows of lexicons/triggers.tsv need a word of a person or a count after them (المواطن، القس، 14
// إيرانيا); a person's name with a state stands for that word, as the named person is the one held, and
// the state he belongs to is the act's target (PLOVER COERCE: arrest, deport a national of another state).
// Read for a verb only, with its subject between it and the name (السلطات التركية، تركيا), in its sentence,
// past no comma or other mark, within a few words: a name right after the verb is its subject or a passive's
// (ويحتجز برونسون في تركيا), and a name further on is no object (branch force54).
import type { Token } from "../pipeline/types.ts";
import type { Trigger } from "./trigger-row.ts";

/** How many tokens after the trigger a named person's first word may stand. */
const PERSON_REACH = 4;

/** The modes whose needed word a named person stands for. */
const HELD_MODES = new Set(["arrest", "deport"]);

/**
 * The row is an arrest or a deportation told by a verb, and a person's name with a state (`personStarts`: first
 * tokens of PERSON mentions that carry a country, and of their titles) opens within PERSON_REACH tokens after
 * `end`, past the verb's subject (a state's mention or nisba), in the trigger's sentence, with only spaces between.
 */
export function heldPerson(
  trigger: Trigger,
  tokens: readonly Token[],
  first: number,
  end: number,
  names:
    | {
        personStarts?: ReadonlySet<number>;
        mentionStarts: ReadonlySet<number>;
        nisbaStarts?: ReadonlySet<number>;
      }
    | undefined,
): boolean {
  const personStarts = names?.personStarts;
  if (!names || !personStarts || personStarts.size === 0 || trigger.type !== "COERCE") return false;
  // A held row reads its detainee itself (held.ts, passive-held.ts): the name stands for no needed word of it.
  if (!HELD_MODES.has(trigger.mode ?? "") || trigger.pos !== "verb" || trigger.held) return false;
  const sentence = (tokens[first] as Token).sentence;
  // The name right after the verb is its subject or a passive's (ويحتجز برونسون في تركيا): the held person
  // is read only past a subject (احتجزت تركيا برونسون، احتجزت السلطات التركية برونسون).
  for (let k = end + 1; k < Math.min(tokens.length, end + PERSON_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    // A mark (a comma, a quote) between: `linked` is false when more than spaces separate two tokens.
    if (!t.linked) return false;
    if (personStarts.has(k)) return subjectBetween(names, end, k);
  }
  return false;
}

/**
 * A state stands between the verb and the name, as a mention or a nisba (احتجزت تركيا، السلطات التركية): the
 * verb's subject. With none (واحتجزت السلطات برونسون في تركيا), the name would be read as the act's doer and a
 * place after it as the target, the wrong way round.
 */
function subjectBetween(
  names: { mentionStarts: ReadonlySet<number>; nisbaStarts?: ReadonlySet<number> },
  end: number,
  name: number,
): boolean {
  for (let k = end; k < name; k++)
    if (names.mentionStarts.has(k) || names.nisbaStarts?.has(k) === true) return true;
  return false;
}
