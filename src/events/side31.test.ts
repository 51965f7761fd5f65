// Thirty-first pass (side31): acts found with a side lost or wrong (docs/EVENTS.md, "Thirty-first pass").
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** The events of a text, one line each: `TYPE actor>recipient`. */
const events = (text: string) => eventLines(text, "states");

test("a relative clause whose verb carries the antecedent's pronoun acts on the antecedent", () => {
  const got = events("وقالت إيران، التي تتهمها واشنطن بدعم الإرهاب، إنها لن تغير سياستها.");
  assert.ok(got.includes("ACCUSE USA>IRN"), got.join("; "));
});

test("the pronoun on the preposition after the relative verb: the antecedent is sanctioned", () => {
  const got = events("وردت سوريا، التي فرضت عليها الولايات المتحدة عقوبات جديدة الشهر الماضي، بالتنديد.");
  assert.ok(got.includes("SANCTION USA>SYR"), got.join("; "));
  assert.ok(!got.includes("SANCTION SYR>USA"), got.join("; "));
});

test("a relative verb with no pronoun keeps the antecedent as its actor", () => {
  const got = events("وتحدث التقرير عن روسيا التي فرضت عقوبات على أوكرانيا.");
  assert.ok(got.includes("SANCTION RUS>UKR"), got.join("; "));
});

test("an imperfect with an object pronoun outside a relative clause stays unread", () => {
  const got = events("وذكرت الصحيفة أن اليابان تتهمها الصين بنشر الأكاذيب حول الجزر.");
  assert.ok(!got.some((e) => e.startsWith("ACCUSE")), got.join("; "));
});

test("a verb right after a comma with its subject and object after it takes the state after it as subject", () => {
  const got = events("وقتل ثلاثة من أفراد الشرطة البحرينية، تتهم البحرين إيران بالوقوف وراء الهجوم.");
  assert.ok(got.includes("ACCUSE BHR>IRN"), got.join("; "));
});

test("a verb after a comma with only its object after it keeps the subject before the comma", () => {
  const got = events("وقالت الصحيفة إن الرئيس الأمريكي، طالب إيران بوقف دعم الحوثيين.");
  assert.ok(got.includes("REQUEST USA>IRN"), got.join("; "));
});
