// `وأضاف الوزير الإسرائيلي: "… لكن إيران تحاول … ولن نسمح بذلك"`: a first-person plural verb of refusal
// or threat (`لن نسمح`، `لن نقبل`، `سنرد`) inside a quotation has "we", the quoted speaker, as its subject.
// A state named before it in the quote is no subject of it: it is the one whose act is refused or
// answered. The speaker is the party the quote's own words name (`وأضاف الوزير الإسرائيلي`), else, for a
// bare `وأضاف:`, the speaker of the sentence before (`quotedSpeaker`).
import type { ArabicText, QuoteSpan, Token } from "../pipeline/types.ts";
import { openingSubject, spokeNear } from "./anaphora.ts";
import type { Arguments, PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { type SpeakerContext, speakerSides } from "./speaker-actor.ts";
import { forcesVowActor } from "./forces-vow.ts";
import { metFirstRecipient } from "./met-first.ts";
import { quoteAt } from "./quotes.ts";
import { refusedThat } from "./refused-that.ts";
import { stateful } from "./stateful.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many sentences back a bare `وأضاف:` may find the one that named its speaker. */
const SPEAKER_REACH = 2;
const SPEAKER_TYPES = new Set(["PERSON", "NISBA", "GPE", "ORG"]);

/** The trigger is a first-person plural verb after a particle of refusal (`لن نسمح`) or of the future (`سنرد`). */
export function weVerb(tokens: readonly Token[], hit: TriggerHit, cues: EventCues): boolean {
  if (hit.trigger.pos !== "verb") return false;
  const t = tokens[hit.first] as Token;
  const negated = tokenIn(cues.negation, t);
  const verb = negated ? (tokens[hit.first + 1] as Token | undefined) : t;
  const word = (verb?.text ?? "").replace(/[\u064B-\u0652]/gu, "");
  if (negated) return /^ن/u.test(word);
  if (tokenIn(cues.negation, tokens[hit.first - 1])) return /^ن/u.test(word);
  return /^[وف]?سن/u.test(word);
}

/** The token at `k` stands inside quote `q`. */
function inside(arabic: ArabicText, k: number, q: QuoteSpan): boolean {
  const t = arabic.tokens[k] as Token;
  return q.inner.start <= t.start && t.end <= q.inner.end;
}

/** The speaker of the quote: the party named between its speech verb and it, else the one that spoke a sentence or two before. */
function quoteSpeaker(arabic: ArabicText, quote: QuoteSpan, units: readonly PartyUnit[], cues: EventCues) {
  const { tokens } = arabic;
  const opening = tokens.findIndex((t) => t.start >= quote.inner.start);
  const at = tokens[opening]?.sentence ?? -1;
  const sentence = arabic.sentences[at];
  if (!sentence) return null;
  let speech = -1;
  for (let k = sentence.firstToken; k < opening; k++) if (tokenIn(cues.speech, tokens[k])) speech = k;
  if (speech < 0) return null;
  // Parties named in an earlier quote of the sentence (`وأضاف "… إيران …"، موضحا "سنرد"`) do not speak.
  const quoted = (u: PartyUnit) => quoteAt(arabic, u.first) !== undefined;
  const named = units.filter((u) => u.first >= sentence.firstToken && u.end <= opening && !quoted(u));
  // قال الرئيس الأمريكي: "…": the party after the last speech verb; else its subject before it
  // (`واختتم نتنياهو كلمته قائلا: "…"`).
  const speaking = (u: PartyUnit) => !u.place && (u.type === "PERSON" || u.type === "NISBA");
  const after = named.filter((u) => u.first > speech);
  const unit =
    after.find(speaking) ??
    after.find((u) => !u.place && SPEAKER_TYPES.has(u.type)) ??
    (after.length === 0 ? named.find(speaking) : undefined);
  if (unit) return stateful(unit) ? unit : null;
  // وأضاف: "…": the verb's sentence names no speaker before the quote; one a sentence or two before does.
  if (named.length > 0) return null;
  for (let i = at - 1; i >= Math.max(0, at - SPEAKER_REACH); i--) {
    const before = arabic.sentences[i];
    if (!before) break;
    const subject = openingSubject(tokens, units.filter(speaking), before, before.endToken, cues);
    if (subject && spokeNear(tokens, subject, before, cues)) return subject;
  }
  return null;
}

/**
 * The sides of a quoted first-person refusal or threat whose read actor stands before it: the quote's
 * speaker acts, and the parties read before the verb become its recipient when it has none of its own.
 * Null when the rule does not apply; an empty actor when the speaker is not found.
 */
export function quotedWeSides(
  arabic: ArabicText,
  hit: TriggerHit,
  args: Arguments,
  units: readonly PartyUnit[],
  cues: EventCues,
): Arguments | null {
  if (!weVerb(arabic.tokens, hit, cues)) return null;
  const quote = quoteAt(arabic, hit.first);
  if (!quote) return null;
  // Only a party named inside the quote itself is misread; one before it (`واختتم نتنياهو كلمته قائلا`) speaks.
  const misread = args.actor.filter((u) => u.end <= hit.first && inside(arabic, u.first, quote));
  if (misread.length === 0) return null;
  const speaker = quoteSpeaker(arabic, quote, units, cues);
  if (!speaker) return { ...args, actor: [] };
  const own = new Set(speaker.parties.map((p) => p.country));
  const other = (u: PartyUnit) => !u.parties.every((p) => own.has(p.country));
  const recipient = args.recipient.filter(other);
  if (recipient.length > 0) return { ...args, actor: [speaker], recipient };
  // لن نسمح بذلك، لن نقبل به: a refusal of "that" refuses what the party named before it does.
  const verb = tokenIn(cues.negation, arabic.tokens[hit.first]) ? hit.first + 1 : hit.first;
  // لن نسمح بحدوث ذلك: a verbal noun on ب before the pointer (refused-that.ts).
  const that =
    tokenIn(cues.pointingObject, arabic.tokens[verb + 1]) || refusedThat(arabic.tokens, verb + 1, cues);
  return { ...args, actor: [speaker], recipient: that ? misread.filter(other) : [] };
}

/** The speaker rules (`speakerSides`), after a quoted "we" has taken its speaker as actor. */
export function quotedSpeakerSides(args: Arguments, hit: TriggerHit, ctx: SpeakerContext): void {
  const we = quotedWeSides(ctx.arabic, hit, args, ctx.units, ctx.cues);
  if (we) {
    args.actor = we.actor;
    args.recipient = we.recipient;
  }
  speakerSides(args, hit, ctx);
  // وقال: "التقيت المجندات اللواتي اكتشفن الخلية الفلسطينية": the one met stands right after the verb (met-first.ts).
  metFirstRecipient(args, hit, ctx.arabic, ctx.cues);
  // إن قواته سترد بقوة على أي هجوم: forces of the speaker threaten (forces-vow.ts).
  forcesVowActor(args, hit, ctx);
}
