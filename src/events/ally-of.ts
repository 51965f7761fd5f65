// `وهو ما ترفضه روسيا، الحليف الأول للحكومة السورية`، `الحليف الرئيسي لحكومة دمشق`: a state named as the one
// an ally stands by, past an adjective of the ally word (cue backer_adjective) and maybe a government's head
// noun that carries the ل (cue backer_head), describes the ally; it is no side of the ally's act. The ally
// word right before the state (`الحليفة لإيران`، `الموالية للنظام`) is read by `backerOf` (units.ts) already,
// and a head noun with no adjective (`قوات موالية للنظام السوري`) is left as it was.
import { gapIs } from "../arabic/gaps.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How many adjectives may stand between the ally word and the state (`الحليف العسكري الأول`). */
const ADJECTIVES = 2;

/** The state at `at`, with its proclitic `bare` (و and ف removed), is what an ally word before it names. */
export function allyOf(tokens: readonly Token[], at: number, bare: string, cues: EventCues): boolean {
  let k = at - 1;
  if (bare === "") {
    // لحكومة دمشق، لنظام طهران: the ل stands on the head noun before the state.
    const head = tokens[k];
    if (!head || !tokenIn(cues.backerHead, head) || !head.bare.some((b) => b.prefix === "ل")) return false;
    k--;
  } else if (bare !== "ل") return false;
  let adjectives = 0;
  while (adjectives < ADJECTIVES && tokenIn(cues.backerAdjective, tokens[k])) {
    k--;
    adjectives++;
  }
  return adjectives > 0 && tokenIn(cues.backer, tokens[k]);
}

/**
 * `أقنعتها روسيا، حليفة الأسد الرئيسية، على …`، `دعمت إثيوبيا، حليفة الولايات المتحدة، الحكومة`: the state in
 * construct with an ally word (cue backer) that opens an apposition, a comma right before it, describes the
 * party before the comma; it is no side of that party's act. Without the comma (`حث ترامب حلفاء الناتو`)
 * the allies are the party.
 */
export function apposedAlly(arabic: ArabicText, at: number): boolean {
  const { tokens, text } = arabic;
  const ally = tokens[at - 1];
  const before = tokens[at - 2];
  return ally !== undefined && before !== undefined && gapIs(text, before.end, ally.start, "comma");
}
