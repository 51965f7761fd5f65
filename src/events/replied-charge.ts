// A charge or threat that a party answers (branch accuse48): `ردت الصين على الاتهامات الأمريكية`، `وردت قطر على
// اتهامات الإمارات`، `إيران ترد على تهديدات الرئيس الأمريكي`. The noun's owner, the state right after it (its genitive,
// or a nisba, after one word of title at most), made the charge or the threat; the one who replies is the one it was
// aimed at. Plain word order read the replier as the actor, or found no recipient at all.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { tokenIs } from "../arabic/tokens.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The key of `على`, the preposition a word of replying takes. */
const ON_KEY = "علي";

/** How many words (the reply's subject) may stand between the word of replying and `على`. */
const REPLY_REACH = 4;

/** The owner of the noun: a unit right after it, or a nisba after one definite word (`تهديدات الرئيس الأمريكي`). */
export function ownerOf(c: Clause, hit: TriggerHit): PartyUnit | undefined {
  const right = c.units.find((u) => u.first === hit.end && u.prefix === "");
  if (right) return right;
  const title = c.tokens[hit.end];
  if (!title || !title.linked || !/^ال/u.test(title.text)) return undefined;
  return c.units.find((u) => u.first === hit.end + 1 && u.prefix === "" && u.type === "NISBA");
}

/** The token of the word of replying before `على` at `ali`, or -1. */
function replyWord(c: Clause, ali: number): number {
  for (let k = ali - 1; k >= Math.max(c.start, ali - 1 - REPLY_REACH); k--) {
    const t = c.tokens[k];
    if (tokenIn(c.cues.replyTo, t) || tokenIn(c.cues.replyWord, t)) return k;
    // A comma or a stop between: the reply is another clause's.
    if (!(c.tokens[k + 1] as { linked: boolean }).linked) return -1;
  }
  return -1;
}

/**
 * The sides of an ACCUSE or THREATEN noun right after `على` of a word of replying (cue reply_to, reply_word): the
 * owner's group is the actor, and the replier (the party between the word of replying and `على`, else the nearest
 * before it in the clause) the recipient. A recipient the noun names after it (`انتقادات روحاني للولايات المتحدة`)
 * is kept. Null when the rule does not apply or the sides already read so.
 */
export function repliedCharge(c: Clause, hit: TriggerHit, sides: Arguments): Arguments | null {
  if (hit.trigger.pos !== "noun" || (hit.trigger.type !== "ACCUSE" && hit.trigger.type !== "THREATEN"))
    return null;
  if (hit.prefix !== "" && hit.prefix !== "و") return null;
  const ali = hit.first - 1;
  if (!tokenIs(c.tokens[ali], ON_KEY)) return null;
  const word = replyWord(c, ali);
  if (word < 0) return null;
  const owner = ownerOf(c, hit);
  if (!owner) return null;
  const makers = groupAt(c, owner);
  const mine = statesOfUnits(makers);
  if (mine.has(null)) return null;
  // The party the reply's subject is: between the word and على, else the nearest before the word.
  const inside = c.units.filter((u) => u.first > word && u.end <= ali);
  const before = c.units.filter((u) => u.first >= c.start && u.end <= word);
  const replier = inside.length > 0 ? inside : before.slice(-1);
  const aimed = replier.filter((u) => u.parties.every((p) => p.country !== null && !mine.has(p.country)));
  if (aimed.length === 0) return null;
  const named = sides.recipient.filter(
    (u) => u.first >= hit.end && !makers.includes(u) && /ل/u.test(u.prefix),
  );
  const recipient = named.length > 0 ? named : aimed;
  const same =
    sides.actor.length === makers.length &&
    sides.actor.every((u) => makers.includes(u)) &&
    sides.recipient.length === recipient.length &&
    sides.recipient.every((u) => recipient.includes(u));
  return same ? null : { ...sides, actor: makers, recipient };
}
