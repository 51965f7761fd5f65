// The document's party units, every one a trigger's clause may read as a side: names and their
// nisbas (units.ts), then the words that stand for parties named elsewhere in the document — a
// state's pronoun, a phrase with no name of its own, an organisation called by its head noun, "the
// latter". Split from findEvents (index.ts).
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { possessiveUnits } from "./anaphora.ts";
import type { PartyUnit } from "./arguments.ts";
import { type BackReferences, backReferenceUnits } from "./back-references.ts";
import { latterUnits } from "./latter-units.ts";
import { organisationUnits } from "./organisation-units.ts";
import { bodyUnits } from "./body-units.ts";
import { halfUnits } from "./halves.ts";
import type { EventCues } from "./cues.ts";
import { partyUnits } from "./units.ts";
import { summitMembers } from "./summit-members.ts";
import type { ScanMasks } from "./scan.ts";

/** The document's party units in text order. `covered`: tokens that a name or a channel holds. */
export function documentUnits(
  arabic: ArabicText,
  found: EntitiesResult,
  covered: ReadonlySet<number>,
  options: {
    entityLexicon: EntityLexicon;
    backReferences?: BackReferences;
    cues: EventCues;
    masks: ScanMasks;
  },
): PartyUnit[] {
  const { cues, masks } = options;
  // قمة مجموعة السبع: a standing group after a summit noun stands for its member states.
  const listed = summitMembers(
    arabic,
    found,
    partyUnits(arabic, found, covered, options.entityLexicon, cues, masks),
    cues,
  );
  // بلاده، حكومته: a state's pronoun is a party unit of the state of the person named before.
  // الدول الأربع، ولي العهد: a phrase with no name of its own stands for the parties named before it.
  return [
    ...listed,
    ...possessiveUnits(arabic.tokens, arabic.sentences, listed, cues, masks),
    ...(options.backReferences
      ? backReferenceUnits(arabic, found, listed, covered, options.backReferences, cues, masks)
      : []),
    // المجلس after مجلس حقوق الإنسان: an organisation of states called by its head noun alone.
    ...organisationUnits(arabic, found, covered, cues, masks),
    // الحكومة after الحكومة الأردنية: a state's body called by its head noun alone.
    ...bodyUnits(arabic, listed, covered, cues, masks),
    // جارتها الشمالية، نظيره الشمالي: the other half of a divided state named before.
    ...halfUnits(arabic, listed, covered, cues),
    // انتقاد الأخيرة: `the latter`, the party named last before it.
    ...latterUnits(arabic, listed, covered, cues, masks),
  ].sort((a, b) => a.first - b.first);
}
