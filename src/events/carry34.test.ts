// The thirty-fourth pass's rules for acts whose other side is told outside their sentence (docs/EVENTS.md,
// "Thirty-fourth pass: the other side told outside the sentence"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a speech verb that names no speaker goes on quoting the speaker named in the sentence before", () => {
  // A duty told by a complementizer.
  assert.deepEqual(
    coded(
      "قال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده تتابع التطورات في المنطقة. وأضاف أن على إيران أن توقف تجاربها الصاروخية.",
    ),
    ["REQUEST FRA>IRN asserted"],
  );
  // An impersonal verb of obligation inside a quotation.
  assert.deepEqual(
    coded(
      'وقالت المندوبة البريطانية لدى الأمم المتحدة كارين بيرس إن المجلس سيجتمع مجددا. وأضافت: "يجب على روسيا أن تكشف عن برنامجها الكيماوي".',
    ),
    ["REQUEST GBR>RUS asserted"],
  );
  // A bare role noun between the verb and its complementizer; the clause's subject carries the pronoun.
  assert.deepEqual(
    coded(
      "قال المتحدث باسم الخارجية الصينية لو كانغ إن بكين قلقة من التوتر. وأضاف المتحدث أنه يدعو الولايات المتحدة إلى ضبط النفس.",
    ),
    ["REQUEST CHN>USA asserted"],
  );
});

test("guards: a speaker named in the sentence, a speaker of no state, a long subject before the complementizer", () => {
  // The speaker before is a rights group: the duty is the group's, no state's.
  assert.deepEqual(
    coded(
      "وقالت منظمة العفو الدولية إن عشرات الناشطين محتجزون. وأضافت أن على السلطات المصرية أن تفرج عنهم فورا.",
    ),
    [],
  );
  // A speaker named by more than one word (`المتحدث باسم الجيش`) is not the one before.
  assert.deepEqual(
    coded(
      "قال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده تتابع التطورات. وقال المتحدث باسم الجيش إن على إيران أن توقف تجاربها.",
    ),
    [],
  );
  // Without the unnamed speech verb, the sentence before lends no speaker.
  assert.deepEqual(
    coded("قال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده تتابع التطورات. وعلى إيران أن توقف تجاربها."),
    [],
  );
});

test("a reaction to 'this' with no event told just before answers the one other state the sentence before names", () => {
  assert.deepEqual(
    coded(
      "وقالت وزارة الخارجية الأمريكية إن قراصنة يعملون لصالح الحكومة الصينية اخترقوا شبكات شركات أمريكية. ونفت الصين هذه المزاعم.",
    ),
    ["REJECT CHN>USA asserted"],
  );
  assert.deepEqual(
    coded("سمحت إيران الأسبوع الماضي لمفتشين عراقيين بزيارة الموقع من الخارج فقط. ورفض العراق هذا العرض."),
    ["REJECT IRQ>IRN asserted"],
  );
});

test("guards: several states before, a conditional reaction, no demonstrative", () => {
  // Several accusers named before: no one recipient.
  assert.deepEqual(
    coded(
      "وقال مسؤولون في فرنسا وألمانيا إن الهجمات الإلكترونية انطلقت من أراض روسية. وتنفي روسيا هذه الاتهامات.",
    ),
    [],
  );
  // A refusal on a condition answers nothing told.
  assert.deepEqual(
    coded("وصل آلاف المهاجرين إلى اليونان العام الماضي. ويعاد المهاجرون إلى تركيا إذا رفضت هذه الطلبات."),
    [],
  );
  // No demonstrative object: the sentence before is not what is answered.
  assert.deepEqual(
    coded(
      "وقالت وزارة الخارجية الأمريكية إن قراصنة اخترقوا شبكات شركات أمريكية. ونفت الصين قيامها بأي عمليات اختراق.",
    ),
    [],
  );
});
