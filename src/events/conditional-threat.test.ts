// A threat with no target in its clause, told with a condition that names a state (conditional-threat.ts, branch
// cond66). Sentences written for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a threat with no target threatens the state its condition names", () => {
  assert.deepEqual(eventLines("وهدد الرئيس الأمريكي بعقاب قاس إذا ثبت تورط السعودية في مقتل الصحفي."), [
    "THREATEN USA>SAU asserted",
  ]);
  assert.deepEqual(
    eventLines(
      "وتوعد وزير الخارجية البريطاني بانسحاب بلاده من البطولة في حال ثبوت تورط الحكومة الروسية في الهجوم.",
    ),
    ["THREATEN GBR>RUS asserted"],
  );
  assert.deepEqual(
    eventLines("وحذر وزير الدفاع الأمريكي من عواقب وخيمة إذا ما استأنفت إيران تجاربها الصاروخية."),
    ["THREATEN USA>IRN asserted"],
  );
});

test("a condition with no state, the actor's own state or a warning of a risk gives no target", () => {
  assert.deepEqual(
    eventLines("وهدد الرئيس الفرنسي بضربات جديدة إذا توفرت أدلة على استخدام الأسلحة الكيماوية."),
    [],
  );
  assert.deepEqual(eventLines("وهددت السلطات المصرية المراسلة بالمحاكمة إذا لم تغادر مصر فورا."), []);
  assert.deepEqual(
    eventLines(
      "وحذر الأمين العام للأمم المتحدة من كارثة إنسانية في حال شن الجيش السوري هجوما واسعا على إدلب.",
    ),
    [],
  );
});
