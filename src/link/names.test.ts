import assert from "node:assert/strict";
import { test } from "node:test";
import { loadTransliteration, matchNames, mechanismKey, sameEntity, wordKey } from "./names.ts";

const t = loadTransliteration();

test("names.ts: outlets' spellings of one name share a key", () => {
  const cases: Array<[string, string]> = [
    ["بوتين", "بوتن"],
    ["ترامب", "ترمب"],
    ["نتنياهو", "نتانياهو"],
    ["أميركا", "أمريكا"],
    ["غوتيريس", "جوتيريش"],
    ["البنتاغون", "بنتاجون"],
    ["إسرائيل", "اسرائيل"],
    ["منوتشين", "منوشين"],
  ];
  for (const [a, b] of cases) assert.equal(wordKey(a, t), wordKey(b, t), `names.ts: ${a} / ${b}`);
});

test("names.ts: look-alike names do not match", () => {
  const cases: Array<[string, string]> = [
    ["بيلوسي", "بيلوسوف"],
    ["ليو زان", "ليو بينغيو"],
    ["حسن", "حسين"],
    ["النيجر", "نيجيريا"],
    ["محمد بن سلمان", "سلمان"],
    ["ميلانيا ترامب", "دونالد ترامب"],
  ];
  for (const [a, b] of cases) assert.equal(matchNames(a, b, t), null, `names.ts: ${a} / ${b}`);
});

test("names.ts: a surname or the last words of a name join the full name, not a first name", () => {
  assert.equal(matchNames("ماكرون", "إيمانويل ماكرون", t), "surname");
  assert.equal(matchNames("جواد ظريف", "محمد جواد ظريف", t), "surname");
  assert.equal(matchNames("إيمانويل", "إيمانويل ماكرون", t), null);
  assert.equal(matchNames("عبد الفتاح السيسي", "عبدالفتاح السيسي", t), "same");
});

test("names.ts: type, country and role must agree before names are compared", () => {
  const putin = { type: "PERSON", name: "فلاديمير بوتين", country: "RUS", role: "الرئيس" };
  assert.ok(sameEntity(putin, { ...putin, name: "بوتن", role: null }, t), "names.ts: surname, same country");
  assert.ok(
    !sameEntity(putin, { ...putin, name: "بوتن", country: null }, t),
    "names.ts: surname needs a country",
  );
  assert.ok(!sameEntity(putin, { ...putin, country: "USA" }, t), "names.ts: another country");
  assert.ok(!sameEntity(putin, { ...putin, type: "ORG" }, t), "names.ts: another type");
  assert.ok(
    !sameEntity(
      { ...putin, name: "ترامب", country: "USA" },
      { ...putin, name: "ترامب", country: "USA", role: "السيدة" },
      t,
    ),
    "names.ts: a woman's title is another person",
  );
  assert.ok(
    sameEntity(
      { type: "GPE", name: "القدس", country: null, role: null },
      { type: "LOC", name: "القدس", country: "PSE", role: null },
      t,
    ),
  );
});

test("names.ts: variant names of one mechanism share a key", () => {
  assert.equal(
    mechanismKey("محادثات تنسيق السياسة الدفاعية"),
    mechanismKey("محادثات التنسيق السياسي الدفاعي"),
  );
  assert.equal(mechanismKey("الحوار الاستراتيجي"), mechanismKey("حوار استراتيجي"));
  assert.notEqual(mechanismKey("الحوار الاستراتيجي"), mechanismKey("الحوار الاقتصادي"));
});

test("names.ts: Arabic names keep their long vowels: محمد is not محمود", () => {
  assert.equal(matchNames("محمد", "محمود", t), null);
  assert.equal(matchNames("سعد الحريري", "سعيد الحريري", t), null);
  assert.equal(matchNames("صالح", "صالح", t), "same");
});

test("names.ts: words that differ at their first or last letter are other words, not spellings", () => {
  const cases: Array<[string, string]> = [
    ["جماعة", "جميع"],
    ["حاتمي", "حتمية"],
    ["صحفي", "صحيفة"],
    ["إقالة", "قوله"],
  ];
  for (const [a, b] of cases) assert.equal(matchNames(a, b, t), null, `names.ts: ${a} / ${b}`);
  assert.equal(matchNames("غوتيريس", "غوتيريش", t), "same", "names.ts: final ش / س");
});

test("names.ts: an ordinary word taken for a name matches only itself", () => {
  assert.equal(matchNames("سياسي", "السيسي", t), null);
  assert.equal(matchNames("بيان", "بيان", t), "same");
});

test("names.ts: a word ending in ة is an Arabic noun and matches only its own spelling", () => {
  assert.equal(matchNames("جامعة", "جماعة", t), null);
  assert.equal(matchNames("خارجة", "خارجية", t), null);
  assert.equal(matchNames("سارة ساندرز", "ساره ساندرز", t), "same");
});

test("names.ts: nisba spellings inside a longer name still meet", () => {
  assert.equal(matchNames("الحكومة الأمريكية", "الحكومة الأميركية", t), "same");
});
