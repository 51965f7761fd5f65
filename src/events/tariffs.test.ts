// A tariff or embargo on goods targets the state their nisba names (`رسوم على المنتجات الصينية`), and
// customs duties (`الجمارك`) are tariffs. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventParties } from "../../test/helpers.ts";

test("tariffs: duties on goods named by their nisba are a SANCTION of that state", () => {
  const got = eventParties("وضاعفت واشنطن الجمارك على المنتجات التركية وسط خلاف حول احتجاز قس أمريكي.");
  assert.ok(
    got.some((e) => e.type === "SANCTION" && e.parties.join() === "TUR,USA"),
    JSON.stringify(got),
  );
});

test("tariffs: lifting duties on goods is a CONCEDE to that state", () => {
  const got = eventParties("وخفضت الهند الرسوم الجمركية على السلع الأمريكية في خطوة لتهدئة التوتر.");
  assert.ok(
    got.some((e) => e.type === "CONCEDE" && e.parties.join() === "IND,USA"),
    JSON.stringify(got),
  );
});

test("tariffs: goods named with no act on them are no party", () => {
  const got = eventParties("وارتفعت أسعار المنتجات الصينية في الأسواق الأمريكية خلال الشهر الماضي.");
  assert.deepEqual(got, []);
});
