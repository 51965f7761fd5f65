// The forty-first round's readings of coercive acts (branch coerce41): expulsions told with the
// spelling ديبلوماسي, sanctions on a state's firms, and ships seized or stopped under a flag.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an expulsion of ديبلوماسيين (spelled with ي) is read as one of دبلوماسيين", () => {
  // Before: the needed word was only دبلوماسي, so the other spelling left the expulsion unread.
  assert.deepEqual(coded("وقررت هولندا طرد ثلاثة ديبلوماسيين إيرانيين من سفارة طهران في لاهاي."), [
    "SANCTION NLD>IRN asserted",
  ]);
  // طرد with no diplomat or envoy after it is still no expulsion between states (a player sent off).
  assert.deepEqual(coded("وطرد الحكم المدافع الهولندي في الدقيقة الأخيرة من المباراة."), []);
});

test("sanctions on a state's firms told definite (الشركات الإيرانية) target that state", () => {
  // Before: a nisba after الشركات names a firm's nationality, so the sanction had no target.
  assert.deepEqual(coded("وفرضت كندا عقوبات على الشركات الإيرانية العاملة في قطاع الشحن."), [
    "SANCTION CAN>IRN asserted",
  ]);
  // A firm's nationality in another act stays no party.
  assert.deepEqual(coded("وأعلنت الشركات الإيرانية عن أرباح كبيرة هذا العام."), []);
});

test("a ship seized or intercepted is done to the state whose flag it flies", () => {
  // Before: a flag named no party, so the seizure had no recipient and was dropped.
  assert.deepEqual(coded("واحتجز خفر السواحل الروسي سفينة صيد ترفع العلم الياباني قرب جزر الكوريل."), [
    "COERCE RUS>JPN asserted",
  ]);
  // An interception of a flagged ship is a seizure, not posturing.
  assert.deepEqual(coded("واعترضت البحرية اليونانية سفينة شحن ترفع علم تركيا في بحر إيجه."), [
    "COERCE GRC>TUR asserted",
  ]);
  // An interception of warplanes with no flag stays MOBILIZE weapons.
  assert.deepEqual(coded("واعترضت مقاتلات نرويجية قاذفتين روسيتين فوق بحر بارنتس."), [
    "MOBILIZE NOR>RUS asserted",
  ]);
  // A flag raised by protesters names no party.
  assert.deepEqual(coded("ورفع المحتجون العلم التركي في ساحة المدينة."), []);
});
