// A detention told in the passive with the detainee right after the verb: `اعتقل الطالب البريطاني في مطار
// دبي`، `واحتجز مواطن أمريكي في طهران`. The unvocalised perfect reads as active (its subject right after
// it) or passive (its object promoted); a noun of a private person (the student, the citizen, the
// journalist: the needed words of its row in triggers.tsv) right after a verb of arresting is the one
// arrested, not the one who arrests, so his nisba's state is the target (PLOVER COERCE, arrest). The
// detaining state is the state right before the verb (its subject told first: `إن السلطات الإماراتية
// اعتقلت`), else the state of the place after في (`في مطار دبي`): with neither, or with another state
// between the detainee and في, no act is read.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { mentionUnit } from "./backed.ts";
import type { TriggerHit } from "./triggers.ts";
import { keyOf } from "../arabic/normalize.ts";

/** How many words (a name, a comma) may stand between the detainee's nisba and في. */
const NAME_REACH = 4;
/** How many words (`مطار`، `سجن`) may stand between في and the place's state. */
const PLACE_HEAD = 1;

/** The keys of في، لدى، منذ. */
const PLACE_OR_TIME = new Set(["في", "لدى", "منذ"].map(keyOf));

const stateOf = (u: PartyUnit): string | null =>
  u.parties.length === 1 ? ((u.parties[0] as PartyUnit["parties"][number]).country ?? null) : null;

/** The passive reading's sides; undefined when no detainee noun stands right after the verb. */
export function passiveHeldSides(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null | undefined {
  const { tokens } = arabic;
  const noun = tokens[hit.end];
  // المحتجز في تركيا، المعتقل منذ عامين في: the participle's place or time, read by held.ts.
  if (
    !noun ||
    PLACE_OR_TIME.has(noun.key) ||
    !hit.trigger.needs.some((w) => noun.key.startsWith(w) || noun.bare.some((b) => b.key.startsWith(w)))
  )
    return undefined;
  const sentence = (tokens[hit.first] as Token).sentence;
  // The detainee's state: a nisba right after the noun, or the noun's own unit (الصحفي البريطاني جون سميث).
  const detainee = units.find((u) => (u.first === hit.end + 1 || u.first === hit.end) && u.end > hit.end);
  const theirs = detainee ? stateOf(detainee) : null;
  if (!detainee || !theirs || theirs === "IGO" || (tokens[detainee.end - 1] as Token).sentence !== sentence)
    return null;
  // The subject told before the verb: `إن السلطات الإماراتية اعتقلت الطالب البريطاني`.
  const subject = units.find((u) => u.end === hit.first && !u.place);
  const ours = subject ? stateOf(subject) : null;
  if (subject && ours && ours !== theirs && ours !== "IGO")
    return { actor: [subject], recipient: [detainee] };
  for (let k = detainee.end; k < detainee.end + NAME_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (
      t.sentence !== sentence ||
      /[.:؛!?؟"«»()]/u.test(arabic.text.slice((tokens[k - 1] as Token).end, t.start))
    )
      return null;
    // Another party between the detainee and the place (`من قبل القوات الروسية`): not read here.
    if (units.some((u) => u.first === k)) return null;
    if (t.key !== "في") continue;
    const m = mentions.find(
      (x) =>
        (x.type === "GPE" || x.type === "LOC") &&
        x.prefix === "" &&
        x.firstToken > k &&
        x.firstToken <= k + 1 + PLACE_HEAD,
    );
    const state = m?.country ?? null;
    if (!m || !state || state === "IGO" || state === theirs) return null;
    if (mentions.some((x) => x.firstToken > k && x.firstToken < m.firstToken)) return null;
    return { actor: [mentionUnit(m)], recipient: [detainee] };
  }
  return null;
}
