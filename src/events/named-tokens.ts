// Which tokens are names rather than acts: a mention's words, a person's title, a noun right after a
// body's or forum's head (`منتدى التعاون الصيني الأفريقي`); and a channel's words (`محادثات تنسيق
// السياسة الدفاعية`), which hold an act only when a verb holds them. Moved out of index.ts.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { SCAN_NAME_HEAD, type ScanMasks } from "./scan.ts";

export interface NamedTokens {
  /** Tokens inside any mention. */
  covered: Set<number>;
  /** Tokens that hold no trigger: a mention's other than a channel's, a title's, a name after a body's head. */
  named: Set<number>;
  /** A channel's tokens that name nothing else: an event only when a verb holds it. */
  channelWords: Set<number>;
}

export function namedTokens(
  arabic: ArabicText,
  found: EntitiesResult,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_NAME_HEAD is read as a head. */
  masks: ScanMasks,
): NamedTokens {
  const covered = new Set<number>();
  // A channel's name may hold its own trigger: محادثات تنسيق السياسة الدفاعية.
  const named = new Set<number>();
  for (const m of found.mentions)
    for (let k = m.firstToken; k < m.endToken; k++) {
      covered.add(k);
      if (m.type !== "MECHANISM") named.add(k);
    }
  // وزير الشؤون الخارجية والتعاون الدولي: a person's title holds no act.
  for (const m of found.mentions) for (let k = m.titleToken; k < m.firstToken; k++) named.add(k);
  // منتدى التعاون الصيني الأفريقي: a noun trigger right after a body's or forum's head is its name.
  // `أمام المؤتمر وهدد فيه طهران`: a word after و opens another clause, no name.
  for (let k = 0; k < arabic.tokens.length; k++)
    if (
      ((masks[k] as number) & SCAN_NAME_HEAD) !== 0 &&
      tokenIn(cues.nameHead, arabic.tokens[k]) &&
      !startsClause(arabic.tokens[k + 1])
    )
      named.add(k + 1);
  // A loop into the set: no array of every covered token made and filtered per document.
  const channelWords = new Set<number>();
  for (const k of covered) if (!named.has(k)) channelWords.add(k);
  return { covered, named, channelWords };
}

/** The token carries the conjunction و or ف and nothing else can read it (`وهدد`، not `وزارة`). */
function startsClause(t: Token | undefined): boolean {
  return t !== undefined && t.bare.length > 0 && t.bare.every((b) => /^[وف]/u.test(b.prefix));
}
