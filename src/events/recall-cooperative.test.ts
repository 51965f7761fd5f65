// Recall of the cooperative side (issue 6, fifth pass; docs/EVENTS.md, "Fifth pass: recall, the
// cooperative side"): urging, willingness, consultation, resumed channels, release, remains,
// lifted tariffs and bans, coordination, aid packages and deposits, and the senses that must give
// no event. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventParties } from "../../test/helpers.ts";

const eventsOf = eventParties;

const cases: Array<[string, string, string[]]> = [
  ["وحضّت فرنسا إيطاليا على فتح موانئها أمام سفن الإنقاذ.", "REQUEST", ["FRA", "ITA"]],
  [
    "وقال وزير الخارجية الكيني إن نيروبي مستعدة للوساطة بين الصومال وإثيوبيا.",
    "AGREE",
    ["ETH", "KEN", "SOM"],
  ],
  ["وأكدت اليابان استعدادها لاستضافة محادثات بين الكوريتين.", "AGREE", ["JPN", "KOR", "PRK"]],
  ["ويتشاور الرئيس التشيلي مع نظيره البيروفي بشأن أزمة الحدود.", "CONSULT", ["CHL", "PER"]],
  ["وأجرى رئيس الوزراء الياباني اتصالا بنظيره الأسترالي لبحث أمن الملاحة.", "CONSULT", ["AUS", "JPN"]],
  ["وتناولت مكالمة بين الرئيس الفرنسي والمستشار الألماني ملف الهجرة.", "CONSULT", ["DEU", "FRA"]],
  ["وقبل أن يحط رحاله في العاصمة المغربية، زار وزير الخارجية الإسباني الجزائر.", "CONSULT", ["DZA", "ESP"]],
  ["واستؤنفت الرحلات الجوية بين مصر وروسيا بعد توقف دام عامين.", "COOPERATE", ["EGY", "RUS"]],
  ["وأعلنت الأردن إعادة فتح معبر الكرامة الحدودي مع سوريا.", "COOPERATE", ["JOR", "SYR"]],
  ["وأعادت تونس فتح سفارتها في دمشق بعد سنوات من القطيعة.", "SUPPORT", ["SYR", "TUN"]],
  ["وأعادت الإمارات سفيرها إلى الدوحة.", "SUPPORT", ["ARE", "QAT"]],
  ["وتنسق القوات الأردنية مع الجيش العراقي لتأمين الحدود المشتركة.", "COOPERATE", ["IRQ", "JOR"]],
  ["وأجرت القوات الروسية والتركية دوريات مشتركة في ريف حلب.", "COOPERATE", ["RUS", "TUR"]],
  ["وأخلت السلطات الإيرانية سبيل الباحث الفرنسي بعد وساطة عمانية.", "RETREAT", ["FRA", "IRN"]],
  ["وسلمت فيتنام رفات جنود أمريكيين إلى الولايات المتحدة.", "RETREAT", ["USA", "VNM"]],
  ["وألغت الحكومة الكندية الرسوم الإضافية على الصلب الأمريكي.", "CONCEDE", ["CAN", "USA"]],
  ["ورفعت السعودية الحظر عن الواردات الكندية من القمح.", "CONCEDE", ["CAN", "SAU"]],
  ["وأعلنت الكويت تقديم حزمة مساعدات مالية لليمن.", "AID", ["KWT", "YEM"]],
  ["وتقدمت إثيوبيا بطلب إلى كينيا لتسليم المطلوبين.", "REQUEST", ["ETH", "KEN"]],
  ["وأكد وزير الخارجية البحريني وقوف بلاده مع الكويت في مواجهة الأزمة.", "SUPPORT", ["BHR", "KWT"]],
  ["وسلمت السلطات التركية المتهم بتفجير السفارة إلى ألمانيا.", "COOPERATE", ["DEU", "TUR"]],
  ["وعرضت النرويج التوسط بين السودان وجنوب السودان.", "REQUEST", ["NOR", "SDN", "SSD"]],
  ["وأطلقت إيران أمس سراح بحار بريطاني.", "RETREAT", ["GBR", "IRN"]],
  ["وخففت اليابان القيود التجارية المفروضة على كوريا الجنوبية.", "CONCEDE", ["JPN", "KOR"]],
  ["والتمست الحكومة العراقية من الكويت تأجيل الدفعة الأخيرة من التعويضات.", "REQUEST", ["IRQ", "KWT"]],
  // Sixth pass: condolences, coordination as a manner phrase, persuading, a grant by a light verb, a
  // delivery of arms received.
  ["وقدم الرئيس الروسي تعازيه لنظيره الإيراني في ضحايا الهجوم.", "SUPPORT", ["IRN", "RUS"]],
  ["ونفذت القوات العراقية العملية بالتنسيق مع الجيش الأمريكي.", "COOPERATE", ["IRQ", "USA"]],
  [
    "وقال متحدث إن خفر السواحل الهندي أوقف السفينة بالتنسيق مع السلطات الإماراتية.",
    "COOPERATE",
    ["ARE", "IND"],
  ],
  [
    "وقالت قيادة القوات الأمريكية إن الغارة أصابت أهدافها بالتنسيق مع الحكومة الصومالية.",
    "COOPERATE",
    ["SOM", "USA"],
  ],
  ["وأقنعت فرنسا ألمانيا بتأجيل القرار.", "REQUEST", ["DEU", "FRA"]],
  ["وقدمت السعودية منحة بقيمة مليار دولار إلى اليمن.", "AID", ["SAU", "YEM"]],
  ["وتسلمت مصر دفعة من المقاتلات من فرنسا.", "COOPERATE", ["EGY", "FRA"]],
  [
    "وأعربت الحكومة الأردنية في بيان نشرته وكالة الأنباء الرسمية عن تعاطفها وتضامنها الكامل مع المملكة المغربية.",
    "SUPPORT",
    ["JOR", "MAR"],
  ],
  ["وجاءت مطالبات واشنطن للرياض بزيادة الإنتاج بعد ارتفاع الأسعار.", "REQUEST", ["SAU", "USA"]],
  ["واعترفت غواتيمالا بالقدس عاصمة لإسرائيل.", "SUPPORT", ["GTM", "ISR"]],
];

for (const [text, type, parties] of cases) {
  test(`cooperative recall: ${text}`, () => {
    const got = eventsOf(text);
    assert.ok(
      got.some((g) => g.type === type && g.parties.join() === parties.join()),
      `want ${type} ${parties} in ${JSON.stringify(got)}`,
    );
  });
}

const noEvents: Array<[string, string]> = [
  [
    "`تحض على` is 'incites to', not an urging addressed to a state",
    "وقالت الحكومة الألمانية إن هذه المنشورات تحض على الكراهية.",
  ],
  [
    "the bare verbal noun `رفع العقوبات` is a demand or a deal's term, not a lifting",
    "ووافقت إيران على الحد من أنشطتها النووية مقابل رفع العقوبات الأمريكية.",
  ],
  [
    "resuming something that is no channel (a programme, fighting)",
    "وقالت البحرية البريطانية إنها ستستأنف تشكيل الأسطول لمواجهة النفوذ الروسي.",
  ],
  [
    "`مستعد` without a cooperative act after it",
    "وقال اللاعب البرازيلي إنه مستعد لمواجهة المنتخب الأرجنتيني.",
  ],
  ["satisfaction with no state it is about", "وأعربت الخارجية المغربية عن ارتياحها لعودة الهدوء."],
  ["coordination only spoken of, not done (no `ب` of manner)", "وأكد الوزير الأردني أهمية التنسيق مع مصر."],
  ["failing to convince, in the present (`لم يقنع`)", "وقال إن الموقف الروسي لم يقنع الحكومة البريطانية."],
  ["a grant with no state as its recipient", "وقدمت الحكومة الكويتية منحة دراسية لطلاب الجامعة."],
  ["`المطالبة` as a claim, not a demand addressed to a state", "ويتمسك الطرفان بالمطالبة بالأرض نفسها."],
];

for (const [why, text] of noEvents) {
  test(`cooperative recall: no event when ${why}`, () => {
    assert.deepEqual(eventsOf(text), []);
  });
}
