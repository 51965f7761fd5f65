// The state a traveller leaves on the way elsewhere (`غادر بلغاريا متجها إلى ألمانيا`): a place, not a party
// (lexicons/cues.tsv left_place, heading).
import { keyOf } from "../arabic/normalize.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** Whether the mention is a state right after a verb of leaving with a word of heading after it. */
export function leftPlace(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  cues: EventCues,
): boolean {
  return (
    m.prefix === "" &&
    (tokenIn(cues.leftPlace, arabic.tokens[m.firstToken - 1]) || leftPastSubject(arabic, m, cues)) &&
    headingAfter(arabic, m, cues)
  );
}

/** How many words the traveller's name may take between the verb of leaving and the place left. */
const SUBJECT_REACH = 6;

/** `غادر القنصل محمد العتيبي، تركيا متجها`: the place left after the traveller, set off by a comma. */
function leftPastSubject(
  arabic: ArabicText,
  m: EntitiesResult["mentions"][number],
  cues: EventCues,
): boolean {
  const at = arabic.tokens[m.firstToken] as Token;
  if (at.linked) return false;
  for (let k = m.firstToken - 2; k >= Math.max(0, m.firstToken - 1 - SUBJECT_REACH); k--) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== at.sentence) return false;
    if (tokenIn(cues.leftPlace, t)) return true;
  }
  return false;
}

/** How many words may stand between the place left and the word of heading (`غادر تركيا، الأحد، متجها`، `تركيا على متن رحلة تجارية متجهة`). */
const HEADING_REACH = 5;

/** A word of heading (`متجها`) within HEADING_REACH words after the mention, in its sentence. */
function headingAfter(arabic: ArabicText, m: EntitiesResult["mentions"][number], cues: EventCues): boolean {
  const at = arabic.tokens[m.firstToken] as Token;
  for (let k = m.endToken; k < Math.min(arabic.tokens.length, m.endToken + HEADING_REACH); k++) {
    const t = arabic.tokens[k] as Token;
    if (t.sentence !== at.sentence) return false;
    if (tokenIn(cues.heading, t)) return true;
  }
  return false;
}

/** How many words after the destination its meeting with another state's party may stand. */
const MEETING_REACH = 12;

/**
 * `متجها إلى سنغافورة لعقد قمته مع زعيم كوريا الشمالية`، `متجهاً إلى النمسا قبيل قمته المنتظرة مع الرئيس
 * الصيني`: the state a traveller heads for, when the sentence goes on to a meeting word (cues venue_noun,
 * meeting_purpose) and then a party of another state, is the meeting's venue, not a party. The first tokens
 * of such destinations.
 */
export function destinationVenues(
  arabic: ArabicText,
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): Set<number> {
  const out = new Set<number>();
  const { tokens } = arabic;
  for (const m of mentions) {
    if (m.type !== "GPE" || m.prefix !== "" || m.country === null) continue;
    if (tokens[m.firstToken - 1]?.key !== TO_KEY) continue;
    const sentence = (tokens[m.firstToken] as Token).sentence;
    // وصل الزعيمان إلى سنغافورة مقر القمة: the destination told as the meeting's seat is its venue.
    if (seatOfMeeting(tokens, m.endToken, sentence, cues)) {
      out.add(m.firstToken);
      continue;
    }
    if (!tokenIn(cues.travelTo, tokens[m.firstToken - 2])) continue;
    let meeting = false;
    for (let k = m.endToken; k < Math.min(tokens.length, m.endToken + MEETING_REACH); k++) {
      const t = tokens[k] as Token;
      if (t.sentence !== sentence) break;
      if (tokenIn(cues.venueNoun, t) || tokenIn(cues.meetingPurpose, t)) meeting = true;
      if (!meeting) continue;
      const other = mentions.find(
        (n) =>
          n.firstToken === k &&
          (n.type === "GPE" || n.type === "PERSON") &&
          n.country !== null &&
          n.country !== m.country,
      );
      if (other) {
        out.add(m.firstToken);
        break;
      }
    }
  }
  return out;
}

const TO_KEY = keyOf("إلى");

/** `مقر القمة`، `مقر انعقاد المحادثات`: a seat word (cue venue_seat) at `k` with a meeting noun two words on at most. */
function seatOfMeeting(tokens: readonly Token[], k: number, sentence: number, cues: EventCues): boolean {
  if (!tokenIn(cues.venueSeat, tokens[k])) return false;
  for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.venueNoun, t)) return true;
  }
  return false;
}
