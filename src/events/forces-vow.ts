// `وأكد قائد عسكري روسي أن جنوده سيردون على أي اعتداء تدعمه واشنطن`: a verb of threat whose subject
// right before it is the forces of the one a pronoun points to (cue forces_possessive: قواته، جنودها، جيشه) and
// that has no actor of its own is that one's threat: the pronoun is read as `بلاده` is (anaphora.ts,
// possessiveUnits). Only for a threat with a recipient: `سحب قواته`، `إن قواتها شنت` stay unread by this rule.
import { possessiveUnits } from "./anaphora.ts";
import type { Arguments } from "./arguments.ts";
import type { SpeakerContext } from "./speaker-actor.ts";
import type { TriggerHit } from "./triggers.ts";

/** Sets the actor of a subjectless verb of threat from the possessive of forces right before it. */
export function forcesVowActor(args: Arguments, hit: TriggerHit, ctx: SpeakerContext): void {
  if (hit.trigger.type !== "THREATEN" || hit.trigger.pos !== "verb") return;
  if (args.actor.length > 0 || args.recipient.length === 0) return;
  const { arabic, units, cues } = ctx;
  const before = arabic.tokens[hit.first - 1];
  if (!before || before.sentence !== arabic.tokens[hit.first]?.sentence) return;
  const forces = cues.forcesPossessive;
  if (!forces.has(before.key) && !before.bare.some((b) => forces.has(b.key))) return;
  const owner = possessiveUnits(arabic.tokens, arabic.sentences, units, {
    ...cues,
    statePossessive: forces,
  }).find((u) => u.first === hit.first - 1);
  if (!owner) return;
  const own = new Set(owner.parties.map((p) => p.country));
  const recipient = args.recipient.filter((u) => !u.parties.every((p) => own.has(p.country)));
  if (recipient.length === 0) return;
  args.actor = [owner];
  args.recipient = recipient;
}
