// A capital named as a city, after a head of cities or of a city's council, is a place, not its state
// (city-list.ts; branch precision63). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("cities that pledge together are no states that agree", () => {
  assert.deepEqual(coded("وتعهدت مدن مثل روما وبرلين ولشبونة بخفض عدد السيارات في شوارعها."), []);
  assert.deepEqual(coded("واتفقت مدينتا روما وأثينا على برنامج لحماية الآثار."), []);
});

test("criticism of a capital's mayor is no charge against its state", () => {
  assert.deepEqual(coded("وهاجم الرئيس الأمريكي عمدة لندن بسبب سياسته في مكافحة الجريمة."), []);
});

test("a capital that acts for its state keeps its party", () => {
  assert.deepEqual(coded("اتهمت باريس موسكو بالتدخل في الانتخابات."), ["ACCUSE FRA>RUS asserted"]);
  assert.deepEqual(coded("وقال عمدة لندن إن بريطانيا تدين الهجوم الروسي."), ["ACCUSE GBR>RUS asserted"]);
});
