// Organisations called by their head noun alone (`المنظمة`، `الوكالة`, cue org_back_head): a unit of the
// nearest intergovernmental organisation named before with the same head. Split from back-references.ts,
// which is at its size limit.
import { offsetAfterLetters } from "../arabic/tokens.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { NOT_STATE } from "./units.ts";
import { anyMarked, marked, SCAN_ORG_HEAD, type ScanMasks } from "./scan.ts";
import { gapIs } from "../arabic/gaps.ts";
import { nameAfterHead } from "./org-head-name.ts";

/**
 * `رفضت منظمة حظر الأسلحة الكيميائية مقترحا روسيا … وقال جونسون إن بريطانيا دعت المنظمة`: after an
 * organisation of states is named, news prose calls it by its head noun alone (cue `org_back_head`:
 * المنظمة، المحكمة، الوكالة). Such a head, standing alone (the phrase ends after it: punctuation,
 * a preposition, a relative pronoun or a word with a proclitic follows), is a unit of the nearest
 * organisation named before it with the same head, when that one is intergovernmental (IGO); a nearer
 * one of the same head that is not (`منظمة العفو الدولية`) keeps it from being read.
 */
export function organisationUnits(
  arabic: ArabicText,
  found: EntitiesResult,
  covered: ReadonlySet<number>,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_ORG_HEAD is read. */
  masks?: ScanMasks,
): PartyUnit[] {
  if (cues.orgBackHead.size === 0 || !anyMarked(masks, SCAN_ORG_HEAD)) return [];
  const { tokens } = arabic;
  const taken = new Uint8Array(tokens.length);
  for (const k of covered) taken[k] = 1;
  for (const m of found.mentions) for (let k = m.titleToken; k < m.endToken; k++) taken[k] = 1;
  const orgs = found.mentions
    .filter((m) => m.type === "ORG")
    .sort((a, b) => a.firstToken - b.firstToken)
    .map((m) => ({ m, head: headKey(tokens[m.firstToken]) }));
  const out: PartyUnit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!marked(masks, k, SCAN_ORG_HEAD) || taken[k] === 1 || !tokenIn(cues.orgBackHead, t)) continue;
    if (!standsAlone(arabic, k, cues) && !nameAfterHead(arabic, found, k)) continue;
    const head = headKey(t);
    let named: (typeof orgs)[number] | undefined;
    for (const o of orgs) if (o.m.endToken <= k && o.head === head) named = o;
    // منظمة العفو الدولية: civil society (its sector SOC) is no organisation of states, as in partyUnits.
    if (!named || named.m.country !== "IGO" || NOT_STATE.has(named.m.sector ?? "")) continue;
    const reading = t.bare.find((b) => cues.orgBackHead.has(b.key));
    out.push({
      first: k,
      end: k + 1,
      prefix: reading?.prefix ?? "",
      type: "ORG",
      parties: [
        {
          entity: named.m.entity,
          text: arabic.text.slice(t.start + offsetAfterLetters(t.text, reading?.prefix.length ?? 0), t.end),
          country: "IGO",
          sector: named.m.sector,
        },
      ],
      place: false,
    });
  }
  return out;
}

/** A head noun's key without the article or a proclitic (`والمجلس`، `مجلس` → `مجلس`). */
function headKey(t: Token | undefined): string {
  if (!t) return "";
  const keys = [t.key, ...t.bare.map((b) => b.key)];
  const bare = keys.find((x) => x.startsWith("ال")) ?? keys[keys.length - 1] ?? "";
  return bare.replace(/^ال/u, "");
}

/** The phrase ends after token `k`: the sentence or punctuation, a preposition, a relative or a proclitic word follows. */
function standsAlone(arabic: ArabicText, k: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return true;
  if (!gapIs(arabic.text, t.end, next.start, "space")) return true;
  if (tokenIn(cues.preposition, next) || tokenIn(cues.relative, next)) return true;
  return next.bare.length > 0 && next.bare.every((b) => /^[وفبل]/u.test(b.prefix));
}
