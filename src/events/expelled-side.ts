// The state whose envoys an expulsion sends away, when its clause names none (`- هولندا: ستطرد دبلوماسيين
// اثنين`، `أعلنت بريطانيا طرد 23 دبلوماسيا`): an article that tells expulsions one after another names the
// envoys' state once, at the first, and the later ones send away envoys of that same state. Only for one
// expelling state: a pair or a list (`طردت كل من الدولتين`) may be expelling each other's envoys. The state
// carried over is never the expelling state itself: an answer to the expulsions before (`وردت روسيا بطرد`)
// names whom it answers no better than a speaker's worry about them (`أعربت عن قلقها حيال طرد السفير`),
// and reading the earlier expeller as its recipient gave more wrong events than right ones.
import type { Party, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import type { Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/** The mode of the trigger rows that send envoys away (lexicons/triggers.tsv). */
const EXPEL = "expel";

/**
 * The recipient for an expulsion whose clause names one expelling state and no recipient: the document's
 * party unit of the state whose envoys the last expulsion told before it sent away, or null.
 */
export function expelledSide(
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  told: Told,
  units: readonly PartyUnit[],
  tokenStart: (k: number) => number,
): PartyUnit | null {
  if (hit.trigger.type !== "SANCTION" || hit.trigger.mode !== EXPEL) return null;
  const states = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  const [mine] = states;
  if (states.size !== 1 || !mine) return null;
  const at = tokenStart(hit.first);
  let sent: readonly Party[] = [];
  for (const e of told.events)
    if (e.type === "SANCTION" && e.mode === EXPEL && e.recipient.length > 0 && e.evidence.start < at)
      sent = e.recipient;
  const party = sent[0];
  if (sent.length !== 1 || !party?.country || party.country === mine) return null;
  // The unit of that party, as the document named it before the act.
  let unit: PartyUnit | null = null;
  for (const u of units)
    if (tokenStart(u.first) < at && u.parties.some((p) => same(p, party)))
      unit = { ...u, parties: u.parties.filter((p) => same(p, party)) };
  return unit;
}

/** The same party: the same entity, or the same state for a nisba, which names no entity. */
function same(a: Party, b: Party): boolean {
  return a.entity !== null && b.entity !== null ? a.entity === b.entity : a.country === b.country;
}

/**
 * `قررت 14 دولة إبعاد ديبلوماسيين روس`: an expulsion's actor read as the nisba right after the envoys sent away
 * (past one of the words the trigger needs, within three tokens of it) is whose envoys they are, never the
 * expelling state; the group that expels is no side, and the act keeps no actor.
 */
export function envoysNisba(hit: TriggerHit, actor: readonly PartyUnit[], tokens: readonly Token[]): boolean {
  if (hit.trigger.type !== "SANCTION" || hit.trigger.mode !== EXPEL || actor.length === 0) return false;
  return actor.every((u) => {
    if (u.type !== "NISBA" || u.first < hit.end || u.first - hit.end > 3) return false;
    for (let k = hit.end; k < u.first; k++) {
      const key = tokens[k]?.key ?? "";
      if (hit.trigger.needs.some((n) => key.startsWith(n))) return true;
    }
    return false;
  });
}
