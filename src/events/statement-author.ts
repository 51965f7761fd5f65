// `بيان أصدرته الخارجية المصرية … واتهمت فيه تركيا بـ`، `مقابلة مع الرئيس الأمريكي انتقد فيها …`: a verb with
// `فيه`/`فيها` right after it (cue in_text) tells what a text of speech before it says (cue spoken_text: بيان،
// تصريحات، مقابلة، تغريدة). Its subject is the text's author, not the party after the pronoun: the first party
// named after the noun (its genitive `تصريحات الوزير`, its nisba `تصريحات روسية`, the one after مع, the subject
// of its relative verb `أصدرته الخارجية`). The parties after the verb, of other states, are the act's others.
// An outlet's party (`مقابلة مع التلفزيون النمساوي`) authors nothing; with no party between, nothing changes.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { Arguments, PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { statesOfUnits } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words before the verb the text's noun may stand (`بيان أصدرته وزارة الخارجية المصرية، الاثنين، و`). */
const TEXT_REACH = 12;

/** `فيها`: the pronoun of a feminine or plural text. */
const IN_HER = keyOf("فيها");
/** `إلى` before the party a text is sent to. */
const TO = keyOf("إلى");

/** The text's author, or null: the first party (no place, no outlet) between the nearest spoken-text noun and the verb. */
export function statementAuthor(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentence: Sentence,
  hit: TriggerHit,
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  if (hit.trigger.pos !== "verb" || !tokenIn(cues.inText, tokens[hit.end])) return null;
  const from = Math.max(sentence.firstToken, hit.first - TEXT_REACH);
  let noun = -1;
  for (let k = hit.first - 1; k >= from && noun < 0; k--)
    if (tokenIn(cues.spokenText, tokens[k]) || tokenIn(cues.issuedText, tokens[k])) noun = k;
  // بعد إصدار المحكمة قرارا تطالب فيه: the nearest text is a ruling, not a text of speech.
  if (noun < 0 || !tokenIn(cues.spokenText, tokens[noun])) return null;
  // في الوقت الذي يحتج فيه: the pronoun agrees with the text (فيها: تغريدة، تصريحات, ة keyed as ه; فيه: بيان، مقال).
  const feminine = /(?:ه|ات)$/u.test((tokens[noun] as Token).key);
  if (feminine !== ((tokens[hit.end] as Token).key === IN_HER)) return null;
  const author = units.find((u) => u.first > noun && u.end <= hit.first);
  // أجرى بوتين مقابلة مع التلفزيون النمساوي انتقد فيها: with no author after the noun, or only an outlet, the
  // subject of the verb that made the text, before the noun, is its author.
  if (!author || isOutlet(tokens, author, cues)) return makerBefore(arabic, units, sentence, noun, cues);
  if (author.place) return null;
  // رسالة إلى الرئيس الأمريكي يطلب فيها: the party the text is sent to is no author.
  if (/ل/u.test(author.prefix) || tokens[author.first - 1]?.key === TO) return null;
  return author;
}

/** How many words the subject of `أجرى`/`أدلى`/`نشر` may span before the text's noun (`أجرى الرئيس الروسي فلاديمير بوتين`). */
const MAKER_REACH = 6;

function isOutlet(tokens: ArabicText["tokens"], u: PartyUnit, cues: EventCues): boolean {
  return tokenIn(cues.outletWord, tokens[u.first]) || tokenIn(cues.outletWord, tokens[u.first - 1]);
}

/** The party between a text-making verb (cue text_maker) and the text's noun, no place, outlet or addressee. */
function makerBefore(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentence: Sentence,
  noun: number,
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const from = Math.max(sentence.firstToken, noun - MAKER_REACH - 1);
  let verb = -1;
  for (let k = noun - 2; k >= from && verb < 0; k--) if (tokenIn(cues.textMaker, tokens[k])) verb = k;
  if (verb < 0) return null;
  const author = units.find((u) => u.first > verb && u.end <= noun);
  if (!author || author.place || author.prefix !== "" || isOutlet(tokens, author, cues)) return null;
  return author;
}

/** With the reading: the author acts; the parties after the verb, of other states than the author's, are the others. */
export function statementAuthorSides(
  args: Arguments,
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  hit: TriggerHit,
  cues: EventCues,
): void {
  const sentence = arabic.sentences[sentenceIndex] as Sentence;
  const author = statementAuthor(arabic, units, sentence, hit, cues);
  if (!author) return;
  // كولومبيا، التي اتهمت فيها: a party right before the relative pronoun of the verb, read as its actor, is its antecedent.
  const rel = hit.first - 1;
  if (
    tokenIn(cues.relative, arabic.tokens[rel]) &&
    args.actor.some(
      (u) => u.end === rel || (u.end === rel - 1 && /^[،,]$/u.test(arabic.tokens[u.end]?.text ?? "")),
    )
  )
    return;
  const own = statesOfUnits([author]);
  // التي هاجم فيها إيران: an actor of the author's state already read keeps the reading.
  if (args.actor.some((u) => u.parties.some((p) => own.has(p.country)))) return;
  const others = [...args.actor, ...args.recipient].filter(
    (u, i, all) => u.first >= hit.end && all.indexOf(u) === i && !u.parties.every((p) => own.has(p.country)),
  );
  args.actor = [author];
  args.recipient = others;
}
