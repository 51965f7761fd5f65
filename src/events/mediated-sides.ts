// `الوسيط بين الكرملين وحملة ترامب`، `لعب دور الوسيط بين إدارة أوباما والحكومة السورية`: the sides named
// after the بين of a go-between are the ones mediated between. They are not the parties of another act
// in the sentence: read as parties, a go-between's two sides became a meeting of theirs (docs/EVENTS.md,
// "Twenty-eighth pass"). Only nouns of a go-between: an offer or acceptance of mediation (`عرضت النرويج
// التوسط بين السودان وجنوب السودان`) has the sides of its verbal noun as parties.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { anyMarked, SCAN_MEDIATOR, type ScanMasks } from "./scan.ts";

type Mention = EntitiesResult["mentions"][number];

/** How many words before بين the go-between word may stand (`الوسيط الأمريكي بين`). */
const HEAD_REACH = 2;
/** How many words after بين a mediated side may start (`بين الحكومة السورية وجيش`). */
const SIDE_REACH = 6;

/** Punctuation between two words: the list of sides has ended (`بين الجانبين، ودعاهما`). */
const BREAK = /[،,.:؛;!?؟"«»()]/u;

/**
 * First tokens of the mentions that are sides mediated between: a mention starting up to six words
 * after a بين (cue `between`) that a word of cue `mediator_head` precedes by one or two words, in the
 * same sentence and with no punctuation between the بين and the mention.
 */
export function mediatedSides(
  arabic: ArabicText,
  mentions: readonly Mention[],
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): with no token of SCAN_MEDIATOR, no بين is read. */
  masks?: ScanMasks,
): Set<number> {
  const out = new Set<number>();
  if (cues.mediatorHead.size === 0 || !anyMarked(masks, SCAN_MEDIATOR)) return out;
  const { tokens, text } = arabic;
  for (let b = 1; b < tokens.length; b++) {
    const at = tokens[b];
    if (!at || !tokenIn(cues.between, at)) continue;
    let head = false;
    for (let k = b - 1; k >= Math.max(0, b - HEAD_REACH); k--) {
      const t = tokens[k];
      if (!t || t.sentence !== at.sentence) break;
      if (tokenIn(cues.mediatorHead, t)) head = true;
    }
    if (!head) continue;
    for (const m of mentions) {
      const first = tokens[m.firstToken];
      if (!first || m.firstToken <= b || m.firstToken > b + SIDE_REACH || first.sentence !== at.sentence)
        continue;
      if (!BREAK.test(text.slice(at.end, first.start))) out.add(m.firstToken);
    }
  }
  return out;
}
