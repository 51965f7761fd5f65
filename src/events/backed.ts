// A state body backed by another, told by the passive participle that qualifies it: `النظام السوري
// المدعوم من روسيا وإيران`، `القوات السورية، المدعومة من قبل روسيا`، `الجيش السوري، مدعوما بقوات روسية`.
// The backer after من (or من قبل) is the actor, the body the participle follows the recipient (PLOVER
// SUPPORT; with forces or air cover after ب, military AID). The backer is no party unit (units.ts
// `backerOf`), so it is read from the mentions here. Only a state's own body is backed: a nisba after a
// word of government, army or forces (cue backed_body), a state named, or a body or person of government
// or the military; a party or armed movement (`قوات سوريا الديمقراطية`، `جماعة الحوثي`: sector PTY), the
// opposition or rebels with a state's nisba (`الفصائل السورية المدعومة من تركيا`) are no state.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { pastLeader } from "./led-coalition.ts";
import type { TriggerHit } from "./triggers.ts";

type Mention = EntitiesResult["mentions"][number];

/** Sectors of a body or person that stands for its state's government. */
export const STATE_SECTORS = new Set(["GOV", "MIL", "DIP"]);

/** How many tokens after ب the nisba of the backing forces may stand (`بغطاء جوي روسي`). */
const FORCE_REACH = 3;

/** Only spaces, a comma or a dash between two tokens (`القوات السورية، المدعومة`). */
function joined(arabic: ArabicText, before: number, after: number): boolean {
  const a = arabic.tokens[before - 1];
  const b = arabic.tokens[after];
  if (!a || !b) return false;
  return /^[\s،,\-–—]*$/u.test(arabic.text.slice(a.end, b.start));
}

/** A state mention read as a party unit of its own (for states the unit stage does not make parties). */
export const mentionUnit = (m: Mention): PartyUnit => ({
  first: m.firstToken,
  end: m.endToken,
  prefix: m.prefix,
  type: m.type,
  parties: [{ entity: m.entity, text: m.text, country: m.country, sector: m.sector }],
  place: false,
});

/** The state body the participle at `at` qualifies: the unit that ends right before it. */
function backedHead(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  at: number,
  cues: EventCues,
): PartyUnit | null {
  const head = units.find((u) => u.end === at);
  if (!head || head.parties.length !== 1 || !joined(arabic, at, at)) return null;
  const p = head.parties[0] as Party;
  if (p.country === null || p.country === "IGO") return null;
  if (head.type === "NISBA") return tokenIn(cues.backedBody, arabic.tokens[head.first - 1]) ? head : null;
  if (head.type === "GPE") return head;
  if (!STATE_SECTORS.has(p.sector ?? "")) return null;
  // الحكومة اليمنية، الجيش السوري: a body named by its head and its state's nisba (org-heads.tsv). A force
  // known by a fixed name of its own (`الحشد الشعبي`، `الحرس الثوري`) is a movement or a militia as often as
  // the state, and its backer is a patron, not a state's partner.
  const m = mentions.find((x) => x.firstToken === head.first && x.endToken === head.end);
  return m && m.type === "ORG" && m.via === "lexicon" ? null : head;
}

/** A body of a state's armed forces (`الجيش الروسي`، `القوات الروسية`): one party of a state, sector MIL. */
function armyOfState(u: PartyUnit): boolean {
  const p = u.parties[0];
  return (
    u.parties.length === 1 &&
    p !== undefined &&
    p.sector === "MIL" &&
    p.country !== null &&
    p.country !== "IGO"
  );
}

/** The backers after `من` / `من قبل` (and states joined to them by و), or the forces' nisba after ب. */
export function backers(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): PartyUnit[] {
  const { tokens } = arabic;
  let k = hit.end;
  const next = tokens[k] as Token | undefined;
  if (!next) return [];
  if (hit.trigger.type === "AID") {
    // مدعوما بقوات روسية: the nisba of the forces names the backer.
    if (!next.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ب")) return [];
    // مدعومة بالجيش الروسي: the army or forces of a state named right after ب (branch assault48).
    const army = units.find((v) => v.first === k && v.type === "ORG" && armyOfState(v));
    if (army) return [army];
    if (!tokenIn(cues.backedForce, next)) return [];
    for (let j = k + 1; j <= k + FORCE_REACH && j < tokens.length; j++) {
      if (!joined(arabic, j, j) || (j > k + 1 && !(tokens[j - 1] as Token).linked)) break;
      const u = units.find((v) => v.first === j && v.type === "NISBA");
      if (u) return [u];
    }
    return [];
  }
  if (next.key !== "من") return [];
  k++;
  if (tokenIn(cues.agentHead, tokens[k])) k++;
  k = pastLeader(tokens, k, cues);
  // من السعودية والحوثيين: a movement joined to the backer is the other side of the sentence, no backer.
  return stateRun(mentions, k, { igo: true, joinedAt: (m) => joined(arabic, m.firstToken, m.firstToken) });
}

/**
 * The state mentions in a row from token `k` (`من روسيا وإيران`، `بدعم من روسيا وإيران`): the first with no
 * proclitic, each next with و (and `joinedAt` true of it); each a GPE or a body of its state's government
 * with a country (an IGO only when `igo`). The row stops at the first mention that is not.
 */
export function stateRun(
  mentions: readonly Mention[],
  k: number,
  only: { igo: boolean; joinedAt?: (m: Mention) => boolean },
): PartyUnit[] {
  const out: PartyUnit[] = [];
  let end = k;
  for (const m of [...mentions].sort((a, b) => a.firstToken - b.firstToken)) {
    if (m.firstToken < end) continue;
    if (m.firstToken > end) break;
    const first = out.length === 0;
    if (first ? m.prefix !== "" : !m.prefix.startsWith("و") || (only.joinedAt && !only.joinedAt(m))) break;
    if ((m.type !== "GPE" && m.type !== "ORG") || m.country === null || (!only.igo && m.country === "IGO"))
      break;
    if (m.type === "ORG" && !STATE_SECTORS.has(m.sector ?? "")) break;
    out.push(mentionUnit(m));
    end = m.endToken;
  }
  return out;
}

/**
 * The two sides of a backing participle (carrier `backed` in triggers.tsv): the backers and the body they
 * back, or null when the participle qualifies no state body or names no state backer.
 */
export function backedSides(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  const head = backedHead(arabic, units, mentions, hit.first, cues);
  if (!head) return null;
  const actor = backers(arabic, hit, units, mentions, cues);
  if (actor.length === 0) return null;
  return { actor, recipient: [head] };
}
