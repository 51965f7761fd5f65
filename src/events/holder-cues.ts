// The cue sets of the event stage that tell whose a nisba or a name is: a state's, or that of goods, a
// body, a firm, a club, a flag or a private person named right before it. Split from event-cues.ts;
// compiled from lexicons/cues.tsv by compileHolderCues, which compileCues (cues.ts) calls.
import { type SlotSet, tokenIn } from "../arabic/tokens.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";

/** Cues of the heads a nisba or a name may belong to, and of states' grammatical gender. */
export interface HolderCues {
  nisbaNotParty: Set<string>;
  /** Goods and trade (`المنتجات`، `الواردات`): the state of their nisba is what a tariff on them targets. */
  goodsHead: Set<string>;
  /** Words of how many before goods or firms (`العديد من الشركات`): not counted in the goods' reach. */
  goodsQuantity: Set<string>;
  /** Words of how many or a delegation right after a verb, with من after them: its own subject (quantity-subject.ts). */
  subjectQuantity: Set<string>;
  /** Imports and goods (`واردات`، `منتجات`): a tariff on them targets the state named after من, not their genitive (imports-origin.ts). */
  importsHead: Set<string>;
  /** States and seats whose names take a masculine verb (`العراق`، `الكرملين`): gender-object.ts. */
  masculineState: Set<string>;
  /** Complementizers and prepositions after which a body's head noun stands alone (`إن`، `على`): body-units.ts. */
  bodyEnd: Set<string>;
  /** A state's body called by its head noun alone (`الحكومة`، `الجيش`): body-units.ts. */
  bodyBackHead: Set<string>;
  /** Heads of a firm, an airline or outlets (`شركة`، `الخطوط`، `وسائل`): a nisba a word or two after one is theirs. */
  firmHead: Set<string>;
  /** The firm heads (`شركة`) whose nisba right after them is the firm's too (`شركة بريطانية`). */
  firmNoun: Set<string>;
  /** Prepositions before such a firm that make it a measure's target (`عقوبات على شركة إيرانية`): its state's. */
  firmTarget: Set<string>;
  /** Heads of a club, a party or a movement (`نادي`، `حزب`، `جماعة`): a nisba one to three words after one is theirs. */
  nonStateBody: Set<string>;
  /** Heads of a dish or a cuisine (`طبق`، `المطبخ`): a nisba one to three words after one is the dish's. */
  dishHead: Set<string>;
  /** Words of a flag (`علم`، `العلم`): a state right after one is a ship's or a crowd's flag, not a party. */
  flagHead: Set<string>;
  /** Nouns of a private person (`الداعية`، `المواطن`، `القس`): a nisba right after one is no actor. */
  personHead: Set<string>;
  /** Words after which a release names the one freed (`عن`، `سبيل`; with `release_word`): his nisba stands near them. */
  freedOpener: Set<string>;
}

/** The holder cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys). */
export function compileHolderCues(set: (kind: string) => SlotSet): HolderCues {
  return {
    nisbaNotParty: set("nisba_not_party"),
    goodsHead: set("goods_head"),
    goodsQuantity: set("goods_quantity"),
    subjectQuantity: set("subject_quantity"),
    importsHead: set("imports_head"),
    masculineState: set("masculine_state"),
    bodyEnd: set("body_end"),
    bodyBackHead: set("body_back_head"),
    firmHead: set("firm_head"),
    firmNoun: set("firm_noun"),
    firmTarget: set("firm_target"),
    nonStateBody: set("nonstate_body"),
    dishHead: set("dish_head"),
    flagHead: set("flag_head"),
    personHead: set("person_head"),
    freedOpener: set("freed_opener"),
  };
}

/**
 * Whether a firm head `d` words before a nisba owns it: one or two words before (`شركة توتال الفرنسية`، `الخطوط
 * الجوية الماليزية`), or `شركة` right before (`شركة بريطانية`، `مع شركة صينية`) unless a preposition of a measure
 * stands before the firm, past a count (`عقوبات على شركة إيرانية`، `على 12 شركة صينية`: the measure falls on the
 * firm's state; branch prec46).
 */
function firmOwns(cues: HolderCues, tokens: readonly Token[], at: number, d: number): boolean {
  const head = tokens[at] as Token;
  if (!tokenIn(cues.firmHead, head)) return false;
  if (d > 1) return true;
  if (!tokenIn(cues.firmNoun, head)) return false;
  let k = at - 1;
  if (/^\p{Nd}+$/u.test(tokens[k]?.key ?? "") || tokenIn(cues.goodsQuantity, tokens[k])) k--;
  return !tokenIn(cues.firmTarget, tokens[k]);
}

/** How many words a firm's name or kind may put between its head and its nisba (`الخطوط الجوية الماليزية`). */
const FIRM_REACH = 2;

/** A firm head one or two words before the nisba at `k` (or `شركة` right before it), in one phrase: no comma, stop or bracket between. */
export function firmBefore(arabic: ArabicText, k: number, cues: HolderCues): boolean {
  const at = arabic.tokens[k] as Token;
  for (let d = 1; d <= FIRM_REACH + 1; d++) {
    const head = arabic.tokens[k - d];
    if (!head || head.sentence !== at.sentence) return false;
    // شركة "إيزي جيت" البريطانية: quotation marks around the firm's name leave one phrase; a comma ends it.
    if (markBetween(arabic.text, head.end, at.start, "stop")) return false;
    if (firmOwns(cues, arabic.tokens, k - d, d)) return true;
  }
  return false;
}
