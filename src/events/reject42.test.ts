// The forty-second round's readings of refusals (docs/EVENTS.md, "Forty-second pass", branch reject42):
// a denial of one's own part told with a pronoun on the part noun, and a veto that answers the state
// that put the draft. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a denial of its own part with a pronoun (التي تنفي ضلوعها) answers the charge told after it", () => {
  const visit = "وزار وزير الخارجية الياباني كانبيرا أمس.";
  const charge = "وحملت أستراليا الصين المسؤولية عن اختراق شبكة البرلمان.";
  // Before: `ضلوعها` was no part noun (only `ضلوع` was), so the denial was not read again for an accuser.
  assert.deepEqual(coded(`${visit} وطالبت بكين، التي تنفي ضلوعها في الاختراق، بأدلة. ${charge}`), [
    "CONSULT JPN>AUS asserted",
    "REJECT CHN>AUS asserted",
    "ACCUSE AUS>CHN asserted",
  ]);
  // A ta marbuta is no pronoun: `دورة` (a round) is not `دور` (a part); a denial of news answers no charge.
  assert.deepEqual(coded(`${visit} ونفت بكين، في دورة جديدة من التصريحات، صحة الأنباء. ${charge}`), [
    "CONSULT JPN>AUS asserted",
    "ACCUSE AUS>CHN asserted",
  ]);
});

test("a veto with no ضد answers the sponsor a verb with the draft's pronoun names", () => {
  // Before: `لإحباط` opened no frame, and the veto had no recipient.
  assert.deepEqual(coded("واستخدمت الصين حق النقض لإفشال مشروع قرار أعدته فرنسا بشأن ميانمار."), [
    "REJECT CHN>FRA asserted",
  ]);
  // The state a draft would act on, with no sponsor named, is still no recipient.
  assert.deepEqual(coded("واستخدمت الصين حق النقض لإفشال مشروع قرار يفرض عقوبات على ميانمار."), []);
});

test("the sponsor named after the body the draft was put to is the veto's recipient", () => {
  // Before: the Security Council after the draft (`بمجلس الأمن`) was read as the one refused.
  assert.deepEqual(
    coded("واستخدمت روسيا، الأحد، حق النقض ضد مشروع قرار بمجلس الأمن، قدمته النرويج، حول المساعدات."),
    ["REJECT RUS>NOR asserted"],
  );
  // With no sponsor named, the body stays the recipient, as before.
  assert.deepEqual(coded("واستخدمت روسيا، الأحد، حق النقض ضد مشروع قرار بمجلس الأمن حول المساعدات."), [
    "REJECT RUS>IGO asserted",
  ]);
});
