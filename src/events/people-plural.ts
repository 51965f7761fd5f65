// Where a people's broken plural (`روس`، `أتراك`، `ألمان`: cue people_plural) names a state, read by units.ts.
// Alone (`الروس`، `الأتراك`) it is a people, and a name may hold it (`كروس`); it names a state as the adjective
// of diplomats (`دبلوماسيين روس`), of officials who speak (`قال مسؤولون أتراك`), and, added here (branch sides54),
// when it is coordinated with a nisba plural of another state on the same head (`شركائه الإيرانيين والروس`،
// `مسؤولين سعوديين وأتراك`): the two adjectives share the noun, so the second is a party wherever the first is.
import { BARE } from "../arabic/phrases.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** How far after a diplomats' noun a people's plural may stand (`دبلوماسيين أمريكيين وروس`، `دبلوماسيين من الروس`). */
const PEOPLE_HEAD_REACH = 2;

/** A sound plural of a nisba (`الإيرانيين`، `سعوديون`), whose head is a plural of people. */
const SOUND_PLURAL = /(?:يين|يون)$/u;

/** The people's plural at token `at` (with proclitic `prefix`) names a state: after a head of diplomats or officials, or coordinated. */
export function peopleNamesState(
  tokens: readonly Token[],
  at: number,
  prefix: string,
  cues: EventCues,
  lexicon: EntityLexicon,
): boolean {
  return afterPeopleHead(tokens, at, cues) || coordinatedPeople(tokens, at, prefix, lexicon);
}

/** Token `at` stands within two words after a plural noun of diplomats (cue `people_head`). */
function afterPeopleHead(tokens: readonly Token[], at: number, cues: EventCues): boolean {
  // قال مسؤولون أتراك إن، نقلت الوكالة عن مسؤولين أتراك: officials or sources who speak, a state's word.
  const head = tokens[at - 1];
  const before = tokens[at - 2];
  if (
    tokenIn(cues.speakerHead, head) &&
    (tokenIn(cues.speech, before) ||
      tokenIn(cues.claimTeller, before) ||
      before?.key === "عن" ||
      // ردا على تهديدات مسؤولين روس: officials whose threats are told, a state's word too.
      tokenIn(cues.threatPlural, before))
  )
    return true;
  for (let k = at - 1; k >= Math.max(0, at - PEOPLE_HEAD_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== (tokens[at] as Token).sentence) return false;
    if (tokenIn(cues.peopleHead, t)) return true;
  }
  return false;
}

/**
 * `شركائه الإيرانيين والروس`، `مسؤولين سعوديين وأتراك`: the people's plural takes `و` and stands right after a
 * sound plural nisba of another state (one word, no punctuation between is checked by the token order alone):
 * the second adjective of the same plural head.
 */
function coordinatedPeople(
  tokens: readonly Token[],
  at: number,
  prefix: string,
  lexicon: EntityLexicon,
): boolean {
  if (prefix !== "و" || at < 1) return false;
  const before = tokens[at - 1] as Token;
  if (before.sentence !== (tokens[at] as Token).sentence || !SOUND_PLURAL.test(before.text)) return false;
  const m = lexicon.index.matchAt(tokens, at - 1, BARE);
  return m !== null && m !== undefined && m.end === at && m.values.some((v) => v.kind === "nisba");
}
