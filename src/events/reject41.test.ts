// The forty-first round's reading of denials whose charge is told after them (docs/EVENTS.md, "Forty-first
// pass", branch reject41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");
const dated = (text: string) => datedLines(text, "2018-08-20");

test("a denial of a part with no charge before answers the first charge against the denier told after it", () => {
  const opening = "تعطلت شبكة الكهرباء في اليابان ساعات بعد هجوم إلكتروني، في أسبوع زار فيه وفد تجاري الصين.";
  const denial = `${opening} وتنفي الصين أي تورط في الهجوم الإلكتروني على الشبكة.`;
  const charge = "وقال وزير الداخلية الياباني إن الصين مسؤولة عن الهجوم الإلكتروني على شبكة الكهرباء.";
  // Before: the charge came after the denial, and the denial was left with no accuser.
  assert.deepEqual(coded(`${denial} ${charge}`), ["REJECT CHN>JPN asserted", "ACCUSE JPN>CHN asserted"]);
  // A denial of a fact ("that"), no part or charge named, still answers nothing told after it.
  assert.deepEqual(coded(`${opening} ونفت الصين ذلك في بيان. ${charge}`), ["ACCUSE JPN>CHN asserted"]);
});

test("a present denial summing up a claim (وهو ما ينفيه) is not dated by its sentence's pluperfect frame", () => {
  const opening = "وفرضت الولايات المتحدة رسوما على الصلب التركي الشهر الجاري.";
  // Before: the frame `وكانت … قد … قبل نحو ثلاثة أعوام` dated the denial, three years back.
  assert.deepEqual(
    dated(
      `${opening} وكانت أنقرة قد أوقفت الصحفي قبل نحو ثلاثة أعوام لاتهامه بالتعاون مع جماعة تتهمها تركيا بتدبير تفجير في عام 2015، وهو ما تنفيه الولايات المتحدة.`,
    ).filter((e) => e.startsWith("REJECT")),
    ["REJECT USA>TUR 2018-08-20"],
  );
  // A denial in the perfect (`وهو ما نفته`) may have been made when the claim was: it keeps the frame's time.
  assert.deepEqual(
    dated(
      `${opening} وكانت أنقرة قد أوقفت الصحفي قبل نحو ثلاثة أعوام لاتهامه بالتعاون مع جماعة تتهمها تركيا بتدبير تفجير في عام 2015، وهو ما نفته الولايات المتحدة.`,
    ).filter((e) => e.startsWith("REJECT")),
    ["REJECT USA>TUR 2015"],
  );
});
