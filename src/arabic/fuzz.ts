// Test data generators for the property tests of the Arabic layer (used by *.test.ts only).
import fc from "fast-check";

/** Arabic letters, harakat, presentation forms, invisibles, Persian letters, digits and punctuation. */
const arabicish = fc.constantFrom(
  ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ".split(""),
  ..."\u064B\u064E\u064F\u0650\u0651\u0652\u0670\u0654\u06D6\u0640".split(""),
  ..."\u200B\u200C\u200D\u200E\u200F\u202B\u2066\uFEFF\u00AD\u061C".split(""),
  ..."ﻻﷺﺑﻜﻴﻦﹰﻷ".split(""),
  ..."یکۀەھ٠١٢٣۴۵٫٬0123456789/-".split(""),
  ..."«»“”\"' .،؛؟!\n\t".split(""),
);

/** Arabic words the date, number and quote readers react to, so random text reaches their code. */
const arabicWords = fc.constantFrom(
  " يناير ",
  " كانون الثاني ",
  " ذو القعدة ",
  " 1446هـ ",
  " 2024 ",
  " الاثنين ",
  " والثلاثاء ",
  " الثامن ",
  " من ",
  " قبل ",
  " بعد ",
  " أسبوعين ",
  " أشهر ",
  " ثلاثة ",
  " آلاف ",
  " وعشرين ",
  " أكثر من ",
  " الماضي ",
  " قال ",
  " وأضاف ",
  " إن ",
  " «",
  "» ",
  " والصين ",
  " بنظيره ",
  " للصين ",
);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any Unicode string, weighted toward the characters and words where offset maps go wrong. */
export const unicodeText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: arabicish },
      { weight: 2, arbitrary: arabicWords },
      { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: loneSurrogate },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));
