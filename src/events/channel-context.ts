// The channel an act is about (its object, else the sentence's first), the sides a known
// two-party channel supplies when the clause names only one, and the light verb that holds it.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Party, Sentence, Token } from "../pipeline/types.ts";
import type { ClauseSpan } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How far before a channel's name the verb that holds it may stand. */
const CHANNEL_VERB_REACH = 6;

export function lightVerbBefore(arabic: ArabicText, first: number, cues: EventCues): boolean {
  const sentence = (arabic.tokens[first] as Token).sentence;
  for (let k = first - 1; k >= Math.max(0, first - CHANNEL_VERB_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.lightVerb, t)) return true;
  }
  return false;
}

/** How far after a trigger the channel that is its object may begin (`تستأنف جولة من محادثات …`). */
const CHANNEL_OBJECT_REACH = 3;

/** The sides of a known two-party channel named in the clause, when the clause lacks one of them. */
export function channelSides(
  found: EntitiesResult,
  span: ClauseSpan,
  after: number,
  actor: Party[],
  recipient: Party[],
): { actor: Party[]; recipient: Party[] } | null {
  const named = new Set<string>();
  for (const p of actor) if (p.country !== null) named.add(p.country);
  for (const p of recipient) if (p.country !== null) named.add(p.country);
  if (named.size >= 2) return null;
  const channel = found.mentions.find(
    (m) =>
      m.type === "MECHANISM" &&
      m.parties?.length === 2 &&
      // تستأنف محادثات الاستقرار الاستراتيجي: the channel is the act's object, right after it.
      m.firstToken >= after &&
      m.firstToken - after <= CHANNEL_OBJECT_REACH &&
      m.endToken <= span.end,
  );
  if (!channel?.parties) return null;
  const side = (country: string): Party => ({ entity: null, text: channel.text, country, sector: null });
  const [a, b] = channel.parties as [string, string];
  if (actor.length === 0) return { actor: [side(a)], recipient: [side(b)] };
  const mine = actor[0]?.country;
  if (mine !== a && mine !== b) return null;
  return { actor, recipient: [side(mine === a ? b : a)] };
}

/** The channel the act is about: its object right after it, else the first channel of the sentence. */
export function mechanismIn(found: EntitiesResult, sentence: Sentence, end: number): string | null {
  const inSentence = found.mentions.filter(
    (x) => x.type === "MECHANISM" && x.firstToken >= sentence.firstToken && x.endToken <= sentence.endToken,
  );
  const object = inSentence.find((x) => x.firstToken >= end && x.firstToken - end <= CHANNEL_OBJECT_REACH);
  return (object ?? inSentence[0])?.entity ?? null;
}
