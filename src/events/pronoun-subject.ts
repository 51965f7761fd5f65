// Whose act a verb right after `أنه`/`أنها` tells when no speaker is named: `بدا فيه أنه يدعم
// روسيا بدلا من أجهزة بلاده`. The complementizer's pronoun is the verb's subject, fronted, and agrees
// with it (`أنه يدعم`، `أنها تدعم`); so the party right after the verb is its object, not a subject after
// it (VSO). The subject is the sentence's opening subject before the complementizer; with none, no side acts.
import { unmarked } from "../arabic/regexes.ts";
import type { Sentence } from "../pipeline/types.ts";
import type { SidesContext } from "./act-sides.ts";
import { openingSubject } from "./anaphora.ts";
import type { Arguments } from "./arguments.ts";
import { carrierOf } from "./bridged-speaker.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * The sides when the reading holds: the party read as the subject right after the verb moves to the
 * front of the recipients, and the sentence's opening subject (of another state) acts, or no one. Null
 * when it does not hold: a named speaker, no singular pronoun on the complementizer (`أنهم`، `أنهما`),
 * a verb not right after it, a verb of the other gender (`أنه تم`: the pronoun of the matter), or a
 * subject already before the verb.
 */
export function pronounSubject(
  args: Arguments,
  hit: TriggerHit,
  ctx: Pick<SidesContext, "arabic" | "units" | "cues" | "sentenceIndex" | "span" | "speaker">,
): Arguments | null {
  const { span } = ctx;
  const { tokens } = ctx.arabic;
  if (ctx.speaker || !span.speakerActs || hit.trigger.pos !== "verb" || hit.prefix !== "") return null;
  if (hit.first !== span.reported || carrierOf(span) !== span.reported - 1) return null;
  const carrier = tokens[carrierOf(span)];
  const verb = tokens[hit.first];
  if (!carrier || !verb || !agrees(unmarked(carrier.text), unmarked(verb.text))) return null;
  if (args.actor.some((u) => u.first < hit.first)) return null;
  // بأنه قصف إسرائيلي: a nisba right after makes the word a noun, the nisba its agent.
  const after = args.actor.filter((u) => u.first === hit.end);
  if (after.length === 0 || after.some((u) => u.type === "NISBA")) return null;
  // وقال الوزير إنها انتقدت …: a speech verb in the clause has its own rules for the pronoun (speaker-actor.ts).
  for (let k = carrierOf(span) - 1; k >= ctx.arabic.sentences[ctx.sentenceIndex]!.firstToken; k--) {
    if (tokenIn(ctx.cues.clauseBreak, tokens[k])) break;
    if (tokenIn(ctx.cues.speech, tokens[k])) return null;
  }
  const sentence = ctx.arabic.sentences[ctx.sentenceIndex] as Sentence;
  const opener = openingSubject(tokens, ctx.units, sentence, carrierOf(span), ctx.cues);
  const own = new Set(after.flatMap((u) => u.parties.map((p) => p.country)));
  const actor = opener && opener.parties.every((p) => !own.has(p.country)) ? [opener] : [];
  // بدلا من أجهزة بلاده: a unit of the actor's own state is no recipient.
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  const others = args.recipient.filter(
    (u) => !after.includes(u) && u.parties.some((p) => !mine.has(p.country)),
  );
  return { ...args, actor, recipient: [...after, ...others] };
}

/**
 * `أنه يدعم`، `أنه اتهم`، `أنها تدعم`، `أنها اتهمت`: a singular pronoun of the verb's gender (the
 * imperfect's prefix or the perfect's feminine `ت` tells it).
 */
function agrees(carrier: string, verb: string): boolean {
  if (/(هما|هم|هن)$/u.test(carrier)) return false;
  if (carrier.endsWith("ها")) return verb.startsWith("ت") || verb.endsWith("ت");
  return carrier.endsWith("ه") && (verb.startsWith("ي") || !/^[تن]|ت$/u.test(verb));
}
