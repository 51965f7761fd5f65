// The forty-eighth round's readings of verbal conflict (docs/EVENTS.md, "Forty-eighth pass", branch accuse48).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a charge answered after رد على is its owner's, aimed at the one who replies", () => {
  // Before: no recipient was found after the nisba, and the charge was lost.
  assert.deepEqual(coded("وردت كوريا الشمالية أمس على الانتقادات اليابانية لتجاربها الصاروخية."), [
    "ACCUSE JPN>PRK asserted",
  ]);
  // Before: the replier was read as the accuser.
  assert.deepEqual(coded("وردت فنزويلا على اتهامات كولومبيا بإيواء المتمردين على حدودها."), [
    "ACCUSE COL>VEN asserted",
  ]);
  // A charge noun that no word of replying governs keeps its plain reading.
  assert.deepEqual(coded("وطالبت فنزويلا بوقف اتهامات كولومبيا بإيواء المتمردين على حدودها."), [
    "REQUEST VEN>COL asserted",
  ]);
});

test("plural threats owned by a title with a nisba are the nisba's state's", () => {
  // Before: the speaker's state made the threats.
  assert.deepEqual(coded("وقالت كوبا إنها لا تخشى تهديدات الرئيس الأمريكي."), ["THREATEN USA>CUB asserted"]);
  // A genitive owner was read so already.
  assert.deepEqual(coded("وقال قائد الحرس الثوري إن بلاده لا تخشى تهديدات ترامب."), [
    "THREATEN USA>IRN asserted",
  ]);
});

test("a verb of condemning with a court as its subject is a conviction, no state's charge", () => {
  // Before: ACCUSE GBR>IRN.
  assert.deepEqual(coded("وأدانت محكمة بريطانية الطالب الإيراني بتهمة التجسس وقضت بسجنه عامين."), []);
  // A ministry that condemns still accuses.
  assert.deepEqual(coded("وأدانت وزارة الخارجية الإيرانية الحكم البريطاني بحق الطالب."), [
    "ACCUSE IRN>GBR asserted",
  ]);
});

test("هاجم with a private person as its subject is an attack in words, no force", () => {
  // Before: ASSAULT KWT>JOR beside the strike the sentence names.
  assert.deepEqual(
    coded(
      "هاجم المنشد الكويتي المعروف، مساء الجمعة، الداعية الأردني وموقفه من الضربات التي شنتها الولايات المتحدة على أهداف سورية.",
    ),
    ["ASSAULT USA>SYR asserted"],
  );
  // Forces that attack still strike.
  assert.deepEqual(coded("وهاجمت المقاتلات التركية مواقع في شمال العراق."), ["ASSAULT TUR>IRQ asserted"]);
});
