// The twenty-sixth pass on trigger forms held back by their row's constraint (docs/EVENTS.md,
// "Twenty-sixth pass: trigger forms held back by their row's constraint"): rows whose needed words
// were narrower than the idea they state. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("firing the missiles, shells or gas at a state is an attack, with the definite noun too", () => {
  assert.deepEqual(coded("وأطلقت القوات الإسرائيلية الصواريخ على مواقع للجيش السوري قرب دمشق."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(coded("وأطلقت البحرية الروسية القذائف على سفينة أوكرانية في بحر آزوف."), [
    "ASSAULT RUS>UKR asserted",
  ]);
  assert.deepEqual(
    coded("وأطلق الجيش الإسرائيلي الغاز المسيل للدموع على المتظاهرين الفلسطينيين قرب السياج."),
    ["ASSAULT ISR>PSE asserted"],
  );
  // Guard: launching a campaign or a name is no fire.
  assert.deepEqual(coded("وأطلقت تركيا على عمليتها العسكرية في سوريا اسم نبع السلام."), []);
  // Guard: a satellite or a test missile with no target is no attack on a state.
  assert.deepEqual(
    coded("وأطلقت كوريا الشمالية صاروخا باليستيا جديدا قبل يومين من زيارة الوفد الأمريكي."),
    [],
  );
});

test("a state ready to sit with, to come to or to return offers it", () => {
  assert.deepEqual(
    coded("وقال وزير الخارجية الإيراني إن بلاده مستعدة للعودة إلى المحادثات مع الاتحاد الأوروبي."),
    ["AGREE IRN>IGO asserted"],
  );
  assert.deepEqual(
    coded("وذكر مسؤول كوري جنوبي أن الزعيم الكوري الشمالي مستعد للجلوس مع الرئيس الأمريكي دون شروط."),
    ["AGREE PRK>USA asserted"],
  );
  // Guard: ready to respond is a warning, not an offer.
  assert.deepEqual(
    coded("وقالت وزارة التجارة الصينية إن بلادها مستعدة للرد على أي إجراء أمريكي.").filter((e) =>
      e.startsWith("AGREE"),
    ),
    [],
  );
});
