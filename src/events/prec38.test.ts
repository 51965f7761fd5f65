// Rules of the thirty-eighth round, branch prec38 (docs/EVENTS.md, "Thirty-eighth pass: precision on
// unseen text"): background acts told after بعد or قبل, qualified as earlier or recent, or on "the next
// day" keep no publication-day date; a threat's content is not listed again; the partner after مع is no
// speaker. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a noun act right after بعد or قبل is background, undated; not after الإعلان عن", () => {
  // Before: the withdrawal was dated the publication day.
  assert.deepEqual(
    datedLines("وتراجعت العملة بعد قرار واشنطن الانسحاب من الاتفاق النووي مع إيران.", "2018-06-12"),
    ["SANCTION USA>IRN null"],
  );
  assert.deepEqual(
    datedLines("وقال الوزير إن بلاده لم تكن تعلم قبل الهجوم الأمريكي على سوريا بموعده.", "2018-06-12"),
    ["ASSAULT USA>SYR null"],
  );
  // An announcement between بعد and the act: the day's news, dated as before.
  assert.deepEqual(
    datedLines(
      "وقال الوزير إن المحادثات جرت بعد الإعلان عن توقيع اتفاقية تعاون بين فرنسا والهند.",
      "2018-06-12",
    ),
    ["CONSULT FRA>IND 2018-06-12", "SUPPORT FRA>IND 2018-06-12"],
  );
});

test("an act noun qualified as earlier (مسبق، السابقة) is background even in a dated clause", () => {
  assert.deepEqual(datedLines("وجاء القرار يوم الإثنين في ظل اتفاق مسبق بين مصر وإيطاليا.", "2018-06-12"), [
    "AGREE EGY>ITA null",
  ]);
  // Without the adjective the agreement takes the clause's day.
  assert.deepEqual(datedLines("وجاء القرار يوم الإثنين في ظل اتفاق بين مصر وإيطاليا.", "2018-06-12"), [
    "AGREE EGY>ITA 2018-06-11",
  ]);
});

test("an act opening with في اليوم التالي is the day after the day told last", () => {
  assert.deepEqual(
    datedLines(
      "وانتقدت السعودية الخميس الماضي كندا. وفي اليوم التالي، طالبت كندا السعودية بالإفراج عن الناشطين.",
      "2018-06-12",
    ),
    ["ACCUSE SAU>CAN 2018-06-07", "REQUEST CAN>SAU 2018-06-08"],
  );
  // The day after a named event (اليوم التالي للانتقاد) is not counted from the day told last.
  assert.deepEqual(
    datedLines(
      "وانتقدت السعودية الخميس الماضي كندا. وفي اليوم التالي للانتقاد، طالبت كندا السعودية بالإفراج عن الناشطين.",
      "2018-06-12",
    ),
    ["ACCUSE SAU>CAN 2018-06-07", "REQUEST CAN>SAU 2018-06-12"],
  );
});

test("an act done مؤخرا is background, undated; a weekday still dates it", () => {
  assert.deepEqual(datedLines("وفرضت الولايات المتحدة مؤخرا عقوبات على روسيا.", "2018-06-12"), [
    "SANCTION USA>RUS null",
  ]);
  assert.deepEqual(datedLines("وفرضت الولايات المتحدة الاثنين عقوبات على روسيا.", "2018-06-12"), [
    "SANCTION USA>RUS 2018-06-11",
  ]);
});

test("the act a threat names with ب is its content, not listed again", () => {
  // Before: a conditional SANCTION FRA>IRN was listed beside the threat.
  assert.deepEqual(
    datedLines("وهددت فرنسا بفرض عقوبات على إيران إذا واصلت تجاربها الصاروخية.", "2018-06-12"),
    ["THREATEN FRA>IRN 2018-06-12"],
  );
  assert.deepEqual(datedLines("وفرضت فرنسا عقوبات على إيران بعد أن واصلت تجاربها الصاروخية.", "2018-06-12"), [
    "SANCTION FRA>IRN 2018-06-12",
  ]);
});

test("a party after مع past the speech verb is no speaker", () => {
  // Before: the Saudi authorities, the writer's old ties, were read as the critic of the US president.
  assert.deepEqual(
    datedLines(
      "وتناولت الصحيفة سيرة الكاتب، وقالت إنه كانت له صلات متينة مع السلطات السعودية قبل أن ينتقدها علنا، كما أشارت إلى انتقاداته للرئيس الأمريكي.",
      "2018-06-12",
    ),
    [],
  );
  // A speaker named right after the verb still speaks.
  assert.deepEqual(
    datedLines("وقال رئيس وزراء اليابان شينزو آبي إن بلاده ستفرض عقوبات على كوريا الشمالية.", "2018-06-12"),
    ["SANCTION JPN>PRK 2018-06-12"],
  );
});
