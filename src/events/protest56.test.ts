// A protest at a state's mission by a crowd of no state: the place of the mission names the protesters' state
// (protest-place.ts, branch force56). Sentences written for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a crowd protesting at an embassy is the people of the place after it", () => {
  assert.deepEqual(
    eventLines("تظاهر المئات أمام السفارة الأمريكية بالأردن، الأحد، ورفعوا لافتات ضد القرار."),
    ["PROTEST JOR>USA asserted"],
  );
});

test("protesters named by their nisba keep it", () => {
  assert.deepEqual(eventLines("تظاهر مئات اللبنانيين أمام السفارة الأمريكية في بيروت احتجاجا على القرار."), [
    "PROTEST LBN>USA asserted",
  ]);
});

test("a place of the mission's own state names no protester", () => {
  assert.deepEqual(eventLines("تظاهر العشرات أمام السفارة الإسرائيلية في القدس."), []);
});

test("a body that organises the protest is its maker, not the place's state", () => {
  assert.deepEqual(
    eventLines('نظمت جمعية "رابطة الكتاب العرب"، الخميس، وقفة احتجاجية أمام السفارة الإيرانية بتركيا.'),
    [],
  );
});
