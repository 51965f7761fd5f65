// A call on a day of its own and a later meeting told face to face are two acts of the pair
// (branch consult50): `أبلغ نائب الرئيس … السيسي، في اتصال هاتفي، الخميس الماضي` … `وقال شكري، خلال لقاء مع
// وفد من الكونغرس`. mergeRepeats folds a retelling with no time of its own into the first act of the pair; a
// meeting noun (cue face_meeting) in a sentence with no word of a call (cue call_word) tells no call again.
import { keyOf } from "../arabic/normalize.ts";
import type { Event } from "../pipeline/types.ts";

/** The words of a face-to-face meeting and of a call, by key (cues face_meeting and call_word). */
export interface CallMeetingCues {
  faceMeeting: ReadonlySet<string>;
  callWord: ReadonlySet<string>;
}

/**
 * `o`, a call dated to another day than `e`'s (by words of its own or of the report that tells it), and `e`, an act of the pair with no mode
 * and no time of its own, told in a sentence that names a meeting and no call: the meeting is not the call.
 */
export function meetingAfterCall(o: Event, e: Event, cues: CallMeetingCues | undefined): boolean {
  if (cues === undefined || o.mode !== "phone") return false;
  if (e.mode !== null || e.date_text !== null || o.date === null || o.date === e.date) return false;
  let face = false;
  for (const w of e.evidence.text.split(/[\s،,.:"«»()]+/u)) {
    const k = keyOf(w);
    const bare = /^[وفبل]/u.test(k) ? k.slice(1) : k;
    if (cues.callWord.has(k) || cues.callWord.has(bare)) return false;
    if (cues.faceMeeting.has(k) || cues.faceMeeting.has(bare)) face = true;
  }
  return face;
}

/**
 * `بعد يوم من لقائه بوزير الدفاع الأمريكي` … `وعقد وزير الخارجية الأمريكي اجتماعا مع الرئيس التركي`: two meetings
 * of the pair on two days, each between named persons on both sides, with no person in common, are two meetings,
 * not a retelling of the first.
 */
export function otherPeople(o: Event, e: Event, persons: ReadonlySet<string>): boolean {
  const people = (side: Event["actor"]) =>
    side.flatMap((p) => (p.entity !== null && persons.has(p.entity) ? [p.entity] : []));
  const [oa, or, ea, er] = [people(o.actor), people(o.recipient), people(e.actor), people(e.recipient)];
  if (oa.length === 0 || or.length === 0 || ea.length === 0 || er.length === 0) return false;
  const first = new Set([...oa, ...or]);
  if (o.date !== e.date) return ![...ea, ...er].some((p) => first.has(p));
  return apartOnOneSide(o, e, persons);
}

/**
 * `أنه اتصل بالعاهل السعودي، الملك سلمان` … `التقى وزير الخارجية الأمريكي مايك بومبيو الملك سلمان`: on one day, a
 * meeting or call of the pair whose actor side (the visitor, the caller) is a person of a state all of whose persons
 * in the first telling are others is another act: two persons of one state who each meet or call the other state are
 * two acts. The same visitor meeting two hosts on one visit stays one event, as the sets code a visit (part 0's
 * BB-middleEast-1115; part 22's CN-middleEast-1570 codes three meetings of one visit apart, which this does not
 * read). The persons of a state are those on either side of the first telling (a meeting is mutual); two are one when
 * they are one entity or one name ends the other (`بينيامين نتنياهو` and `نتنياهو`, read as two entities). Only for
 * a meeting told as held: a charge or a refusal told to two persons of a state is one stance.
 */
function apartOnOneSide(o: Event, e: Event, persons: ReadonlySet<string>): boolean {
  if (o.type !== "CONSULT" || o.modality !== "asserted") return false;
  const [om, em] = [personsByState(o, persons), personsByState(e, persons)];
  if (om.size < 2 || em.size < 2) return false;
  const acting = new Set(e.actor.map((p) => p.country));
  for (const [state, mine] of em) {
    const theirs = om.get(state);
    if (!acting.has(state) || theirs === undefined) continue;
    if (!mine.some((p) => theirs.some((q) => samePerson(p, q)))) return true;
  }
  return false;
}

type Named = { entity: string; name: string };

function samePerson(a: Named, b: Named): boolean {
  return (
    a.entity === b.entity ||
    a.name === b.name ||
    a.name.endsWith(` ${b.name}`) ||
    b.name.endsWith(` ${a.name}`)
  );
}

/** For each state of the event, its persons (entity id and name, by key). */
function personsByState(ev: Event, persons: ReadonlySet<string>): Map<string, Named[]> {
  const m = new Map<string, Named[]>();
  for (const p of [...ev.actor, ...ev.recipient]) {
    if (p.entity === null || !persons.has(p.entity) || p.country === null) continue;
    const name = p.text.trim().split(/\s+/u).map(keyOf).join(" ");
    m.set(p.country, [...(m.get(p.country) ?? []), { entity: p.entity, name }]);
  }
  return m;
}
