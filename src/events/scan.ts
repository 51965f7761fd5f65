// One look-up per token key for the event stage's per-token scans. Several passes read every
// token of a document (triggers, evaluations, state pronouns, preposition pronouns, pair words,
// duals, name heads, nisbas), each asking its own set about the token's key and every bare key. Here one
// map, built from the compiled lexicons (whatever rows they hold), gives for a key the bit of
// each scan that can match it; a document's tokens get one mask each, and a scan reads a token
// only when its bit is set. A clear bit means the scan's own test fails, so output is unchanged.
import { filterSlot, type PhraseIndex } from "../arabic/phrases.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { Token } from "../pipeline/types.ts";
import type { BackReferences } from "./back-references.ts";
import type { EventCues } from "./cues.ts";
import type { Evaluations } from "./evaluations.ts";
import type { Trigger } from "./triggers.ts";

/** A trigger phrase may begin at the token (`PhraseIndex.matchAt` with `bare`). */
export const SCAN_TRIGGER = 1 << 0;
/** An evaluation (a word or a phrase's first word) may stand at the token. */
export const SCAN_EVALUATION = 1 << 1;
/** `بلاده`، `حكومتها` (`cues.statePossessive`). */
export const SCAN_STATE_POSSESSIVE = 1 << 2;
/** `معها`، `عليه` (`cues.pronounPrep`). */
export const SCAN_PRONOUN_PREP = 1 << 3;
/** `الكوريتين` (`cues.pairs`). */
export const SCAN_PAIR = 1 << 4;
/** `الجانبان` (`cues.dual`), and the heads of a group of states (`cues.groupHead`). */
export const SCAN_DUAL = 1 << 5;
/** `منتدى`، `مجلس` (`cues.nameHead`). */
export const SCAN_NAME_HEAD = 1 << 6;
/** An entity phrase with a nisba (`الصيني`، `كوريا الشمالية` …) may begin at the token. */
export const SCAN_NISBA = 1 << 7;
/** A back-reference phrase (`الدول الأربع`، `ولي العهد`) may begin at the token. */
export const SCAN_BACK_REFERENCE = 1 << 8;
/** `المجلس`، `المنظمة` (`cues.orgBackHead`). */
export const SCAN_ORG_HEAD = 1 << 9;
/** `الأخيرة` (`cues.latter`). */
export const SCAN_LATTER = 1 << 10;
/** A word that bounds a clause (`cues.complementizer`، `cues.clauseBreak`، `cues.concessive`، `cues.speech`: clauses.ts). */
export const SCAN_CLAUSE = 1 << 11;

/** The first word of an agreement named without its state (`cues.dealCounterpart`: `الاتفاق النووي`). */
export const SCAN_DEAL = 1 << 12;
/** `الوسيط`، `وسطاء` (`cues.mediatorHead`): a document without one has no sides mediated between. */
export const SCAN_MEDIATOR = 1 << 13;
/** `الحكومة` (`cues.bodyBackHead`): a document without one has no body called by its head noun alone. */
export const SCAN_BODY_HEAD = 1 << 14;
/** `بالمثل`، `مماثلة` (`cues.inKind`): a reply in kind (replies.ts). The last of the sixteen bits. */
export const SCAN_IN_KIND = 1 << 15;

/** Each token's scan bits (`scanMasks`): 16 a token, for the passes above (all sixteen are taken). */
export type ScanMasks = Uint16Array;

export interface ScanSources {
  triggers: PhraseIndex<Trigger>;
  cues: EventCues;
  evaluations?: Evaluations | undefined;
  entityLexicon: EntityLexicon;
  backReferences?: BackReferences | undefined;
}

/** Slots of the first test (`filterSlot`, the phrase tries' 16-bit hash): 64 k bytes, which stay in the processor's caches. */
const SLOTS = 1 << 16;

/** The key → scan bits map, with the compiled lexicons it was built from. */
interface ScanIndex extends ScanSources {
  bits: Map<string, number>;
  /**
   * 1 for a `filterSlot` slot that holds a key of some scan: most keys match no scan, and a zero
   * slot says so without hashing the whole key for the map.
   */
  slots: Uint8Array;
  /** The masks of the last token array asked about. */
  tokens: readonly Token[] | null;
  masks: ScanMasks;
}

function compileScan(sources: ScanSources): ScanIndex {
  const bits = new Map<string, number>();
  const add = (keys: Iterable<string>, bit: number) => {
    for (const k of keys) bits.set(k, (bits.get(k) ?? 0) | bit);
  };
  const { triggers, cues, evaluations } = sources;
  add(triggers.startKeys(), SCAN_TRIGGER);
  if (evaluations) add(evaluations.byKey.keys(), SCAN_EVALUATION);
  if (evaluations) add(evaluations.backing.keys(), SCAN_EVALUATION);
  add(cues.statePossessive, SCAN_STATE_POSSESSIVE);
  add(cues.pronounPrep.keys(), SCAN_PRONOUN_PREP);
  add(cues.pairs.keys(), SCAN_PAIR);
  add(cues.dual, SCAN_DUAL);
  // الدول الغربية: a group head is read where duals are (units.ts addDuals).
  add(cues.groupHead, SCAN_DUAL);
  add(cues.groupName, SCAN_DUAL);
  add(cues.nameHead, SCAN_NAME_HEAD);
  add(
    sources.entityLexicon.index.startKeys((v) => v.kind === "nisba"),
    SCAN_NISBA,
  );
  if (sources.backReferences) add(sources.backReferences.startKeys(), SCAN_BACK_REFERENCE);
  add(cues.orgBackHead, SCAN_ORG_HEAD);
  add(cues.latter, SCAN_LATTER);
  add(cues.complementizer, SCAN_CLAUSE);
  add(cues.clauseBreak, SCAN_CLAUSE);
  add(cues.concessive, SCAN_CLAUSE);
  add(cues.speech, SCAN_CLAUSE);
  // A state an agreement's name stands for counts as named (two-states.ts).
  for (const name of cues.dealCounterpart.keys()) add([name.split(" ")[0] as string], SCAN_DEAL);
  add(cues.mediatorHead, SCAN_MEDIATOR);
  add(cues.bodyBackHead, SCAN_BODY_HEAD);
  add(cues.inKind, SCAN_IN_KIND);
  // A byte a slot (only whether it is zero is read): 64 kB, not the 128 kB of the bits themselves.
  const slots = new Uint8Array(SLOTS);
  for (const k of bits.keys()) slots[filterSlot(k)] = 1;
  return { ...sources, bits, slots, tokens: null, masks: new Uint16Array(0) };
}

/** One index per compiled trigger index; rebuilt if the other lexicons given with it change. */
const indexes = new WeakMap<PhraseIndex<Trigger>, ScanIndex>();

/**
 * Each token's scan bits: the union over its key and its bare keys. Kept for the last token array
 * (the tokens of a document must not change once scanned).
 */
export function scanMasks(tokens: readonly Token[], sources: ScanSources): ScanMasks {
  let index = indexes.get(sources.triggers);
  if (
    !index ||
    index.cues !== sources.cues ||
    index.evaluations !== sources.evaluations ||
    index.entityLexicon !== sources.entityLexicon ||
    index.backReferences !== sources.backReferences
  ) {
    index = compileScan(sources);
    indexes.set(sources.triggers, index);
  }
  if (index.tokens === tokens) return index.masks;
  const { bits, slots } = index;
  const masks: ScanMasks = new Uint16Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    let m = slots[t.slot ?? filterSlot(t.key)] === 0 ? 0 : (bits.get(t.key) ?? 0);
    // The slots were made with the tokens and their bare forms (tokenize).
    for (const b of t.bare) if (slots[b.slot ?? filterSlot(b.key)] !== 0) m |= bits.get(b.key) ?? 0;
    masks[k] = m;
  }
  index.tokens = tokens;
  index.masks = masks;
  return masks;
}

/**
 * Some token has `bit` (or no masks were given): a pass whose tokens all lack it finds nothing, and
 * returns before it builds anything for the document.
 */
export function anyMarked(masks: ScanMasks | undefined, bit: number): boolean {
  if (!masks) return true;
  for (let k = 0; k < masks.length; k++) if (((masks[k] as number) & bit) !== 0) return true;
  return false;
}

/** Token k has `bit`, or no masks were given (the pass reads every token). */
export function marked(masks: ScanMasks | undefined, k: number, bit: number): boolean {
  return !masks || ((masks[k] as number) & bit) !== 0;
}
