import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

interface Want {
  type: string;
  parties: string[];
  negated?: boolean;
  modality?: string;
  date?: string | null;
}

function eventsOf(text: string, published?: string) {
  return analyzeText(text, published ? { published } : {}).events.map((e) => ({
    type: e.type,
    parties: [...new Set([...e.actor, ...e.recipient].map((p) => p.country).filter(Boolean))].sort(),
    negated: e.negated,
    modality: e.modality,
    date: e.date,
  }));
}

const cases: Array<[string, Want]> = [
  [
    "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي في بكين.",
    { type: "CONSULT", parties: ["CHN", "USA"] },
  ],
  [
    "قال متحدث باسم الخارجية الأمريكية إن بكين رفضت مواصلة المفاوضات مع واشنطن.",
    { type: "REJECT", parties: ["CHN", "USA"] },
  ],
  ["اتهمت روسيا الولايات المتحدة بتأجيج التوتر.", { type: "ACCUSE", parties: ["RUS", "USA"] }],
  [
    "لم يلتق وزير الدفاع الصيني نظيره الأمريكي منذ أشهر.",
    { type: "CONSULT", parties: ["CHN", "USA"], negated: true },
  ],
  ["أجرت الصين وروسيا مناورات مشتركة في بحر اليابان.", { type: "COOPERATE", parties: ["CHN", "RUS"] }],
  ["وصل الرئيس الروسي فلاديمير بوتين إلى بكين يوم الثلاثاء.", { type: "CONSULT", parties: ["CHN", "RUS"] }],
  // A participle's actor is the sentence's subject; its object is the recipient.
  [
    "أعلنت اليابان تجميد أصول شركات كورية شمالية، متهمة بيونغ يانغ بتمويل برنامجها الصاروخي.",
    { type: "ACCUSE", parties: ["JPN", "PRK"] },
  ],
  // A modal before أن governs the clause it opens; a future meeting is AGREE (PLOVER, DESIGN.md).
  [
    "ومن المقرر أن يلتقي وزير الخارجية الهندي نظيره الباكستاني الشهر المقبل.",
    { type: "AGREE", parties: ["IND", "PAK"], modality: "future" },
  ],
  // An intended meeting is AGREE.
  [
    "وسيلتقي وزير الخارجية الهندي نظيره الباكستاني الشهر المقبل.",
    { type: "AGREE", parties: ["IND", "PAK"], modality: "future" },
  ],
  // لن + a cooperative act is a refusal.
  [
    "وقال المتحدث إن إيران لن توقع أي اتفاق مع الولايات المتحدة.",
    { type: "REJECT", parties: ["IRN", "USA"], negated: false, modality: "asserted" },
  ],
  // A threat's future is the threat itself.
  [
    "وقالت كوريا الشمالية إنها ستتخذ إجراءات مضادة ضد اليابان.",
    { type: "THREATEN", parties: ["JPN", "PRK"], modality: "asserted" },
  ],
  // A place after في العاصمة … is no party.
  [
    "التقى وزير الخارجية الهندي نظيره الباكستاني في العاصمة الروسية موسكو.",
    { type: "CONSULT", parties: ["IND", "PAK"] },
  ],
  // A known two-party channel names both sides when the clause does not.
  [
    "ومن المقرر أن تستأنف محادثات الاستقرار الاستراتيجي الشهر المقبل.",
    { type: "AGREE", parties: ["RUS", "USA"], modality: "future" },
  ],
  // A future carried by the verb that holds the noun trigger.
  [
    "وقال البيان إن الجانبين الهندي والباكستاني سيعقدون جولة جديدة من المحادثات في دبي.",
    { type: "AGREE", parties: ["IND", "PAK"], modality: "future" },
  ],
  // Drills two states hold together with no target are cooperation between them.
  [
    "وأجرت اليابان والفلبين مناورات عسكرية في بحر الصين الجنوبي.",
    { type: "COOPERATE", parties: ["JPN", "PHL"] },
  ],
  // A reaction's recipient is the whole compound in its clause.
  [
    "توعدت إيران بالرد على العقوبات التي فرضتها الولايات المتحدة وبريطانيا.",
    { type: "THREATEN", parties: ["GBR", "IRN", "USA"] },
  ],
  // سترد: a threat.
  ["وقالت فنزويلا إنها سترد على أي اعتداء أمريكي.", { type: "THREATEN", parties: ["USA", "VEN"] }],
  // بـ after a trigger that takes it is its object, not a place.
  ["اعترفت ناورو بالصين.", { type: "SUPPORT", parties: ["CHN", "NRU"] }],
  // A coordinated act shares the actor of the act before it.
  [
    "أعلنت غواتيمالا قطع علاقاتها الدبلوماسية مع تايوان والاعتراف بجمهورية الصين الشعبية.",
    { type: "SUPPORT", parties: ["CHN", "GTM"] },
  ],
  // A compound subject whose members follow commas (the و on the next name) stays whole.
  [
    "شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات على مواقع سورية.",
    { type: "ASSAULT", parties: ["FRA", "GBR", "SYR", "USA"] },
  ],
  // واشنطن's first letter is no conjunction: the object of دعا is its recipient.
  ["كما دعا وزير الخارجية الروسي واشنطن إلى تجنب التصعيد.", { type: "REQUEST", parties: ["RUS", "USA"] }],
  // Accepting a proposal is agreeing; leaving a treaty cuts a tie.
  ["وقبلت تركيا اقتراح السعودية بتشكيل فريق عمل مشترك.", { type: "AGREE", parties: ["SAU", "TUR"] }],
  [
    "أعلن الرئيس الأمريكي الانسحاب من الاتفاق النووي مع إيران.",
    { type: "SANCTION", parties: ["IRN", "USA"] },
  ],
  // A meeting named as expected is a future one: AGREE.
  [
    "ووصف الرئيس الأمريكي الاجتماع المرتقب مع الزعيم الكوري الشمالي بأنه مهم.",
    { type: "AGREE", parties: ["PRK", "USA"], modality: "future" },
  ],
  // A compound recipient whose second member opens with a titled و (والأمير …) stays whole.
  [
    "التقى الرئيس الفرنسي إيمانويل ماكرون مع رئيس الوزراء الياباني فوميو كيشيدا والأمير محمد بن سلمان في باريس.",
    { type: "CONSULT", parties: ["FRA", "JPN", "SAU"] },
  ],
  // A mediator named by a nisba is no party.
  ["توصلت أرمينيا وأذربيجان، بوساطة أمريكية، إلى اتفاق.", { type: "AGREE", parties: ["ARM", "AZE"] }],
  // A verb right after a relative pronoun has the antecedent as its subject.
  ["وأكدت فرنسا التي تدعم أوكرانيا أنها لن تتراجع.", { type: "SUPPORT", parties: ["FRA", "UKR"] }],
  // A second verb after a comma continues the clause before: its subject is that clause's.
  [
    "قال وزير الخارجية التركي إن أنقرة تتابع التطورات، وطالب اليونان بوقف تسليح الجزر.",
    { type: "REQUEST", parties: ["GRC", "TUR"] },
  ],
  [
    "وقال رئيس الوزراء الياباني إن بلاده تراقب الوضع، وأعرب عن قلقه من التقارب بين روسيا وكوريا الشمالية.",
    { type: "ACCUSE", parties: ["JPN", "PRK", "RUS"] },
  ],
  // Evaluations, aid, interceptions, congratulations, denials.
  ["ووصفت الصين العقوبات الأمريكية بأنها غير قانونية.", { type: "ACCUSE", parties: ["CHN", "USA"] }],
  ["أرسلت مصر مساعدات إنسانية إلى السودان.", { type: "AID", parties: ["EGY", "SDN"] }],
  ["اعترضت مقاتلات يابانية طائرة روسية قرب جزيرة هوكايدو.", { type: "MOBILIZE", parties: ["JPN", "RUS"] }],
  ["وهنأ الرئيس المصري نظيره الفرنسي على فوزه في الانتخابات.", { type: "SUPPORT", parties: ["EGY", "FRA"] }],
  [
    "وتتهم اليابان الصين بانتهاك مياهها الإقليمية، وهو ما تنفيه بكين.",
    { type: "REJECT", parties: ["CHN", "JPN"] },
  ],
  // Reciprocal acts: both sides act.
  ["وتبادلت الهند وباكستان الاتهامات بانتهاك وقف إطلاق النار.", { type: "ACCUSE", parties: ["IND", "PAK"] }],
  // A directed act's dual leaves out the actor's own state.
  [
    "زار وزير الخارجية السعودي الهند وباكستان. ودعت السعودية البلدين إلى الحوار.",
    { type: "REQUEST", parties: ["IND", "PAK", "SAU"] },
  ],
  // A state after في that follows a ruling body or officials is theirs, a party, not a place.
  [
    "أمهل المجلس العسكري الحاكم في مالي، يوم الاثنين، السفير الفرنسي 72 ساعة لمغادرة البلاد.",
    { type: "SANCTION", parties: ["FRA", "MLI"] },
  ],
  [
    "وأجرى مسؤولو الأمن القومي في الولايات المتحدة وكوريا الجنوبية اتصالاً هاتفياً.",
    { type: "CONSULT", parties: ["KOR", "USA"] },
  ],
  // A reported clause whose subject carries the speaker's pronoun is the speaker's act.
  [
    "وأعلن الجيش الباكستاني أن دفاعاته الجوية أسقطت خمس طائرات هندية.",
    { type: "ASSAULT", parties: ["IND", "PAK"] },
  ],
  [
    "وقال وزير الخارجية التركي هاكان فيدان إن بلاده ستواصل الوقوف إلى جانب ليبيا.",
    { type: "AGREE", parties: ["LBY", "TUR"], modality: "future" },
  ],
  // A verb after قبل أن shares the sentence's subject.
  [
    "زار وزير الخارجية السعودي نيودلهي يوم الخميس، قبل أن يتوجه إلى إسلام آباد.",
    { type: "CONSULT", parties: ["PAK", "SAU"] },
  ],
  // Two sides with their heads are one compound party; the mediator is none.
  [
    "عقد وفد إيراني ووفد سعودي جولة جديدة من المحادثات بوساطة عمانية.",
    { type: "CONSULT", parties: ["IRN", "SAU"] },
  ],
];

for (const [text, want] of cases) {
  test(`events: ${text}`, () => {
    const got = eventsOf(text);
    const hit = got.find((g) => g.type === want.type && g.parties.join() === want.parties.join());
    assert.ok(hit, `want ${want.type} ${want.parties} in ${JSON.stringify(got)}`);
    if (want.negated !== undefined) assert.equal(hit.negated, want.negated);
    if (want.modality !== undefined) assert.equal(hit.modality, want.modality);
  });
}

test("events: a state after locative ب is still no party of a meeting", () => {
  const got = eventsOf("التقى وزير الخارجية الهندي نظيره الياباني بالعاصمة الصينية بكين.");
  assert.deepEqual(
    got.map((e) => e.parties.join()),
    ["IND,JPN"],
  );
});

test("events: a date after الموقعة dates the treaty, not the event", () => {
  const [e] = eventsOf("علقت روسيا العمل بالمعاهدة الموقعة عام 1987 مع الولايات المتحدة.", "2019-02-02");
  assert.equal(e?.date, "2019-02-02", JSON.stringify(e));
});

test("events: a reaction without a recipient answers the event just told", () => {
  const got = eventsOf(
    "فرضت الولايات المتحدة عقوبات على مسؤولين إيرانيين. وأدانت وزارة الخارجية الإيرانية القرار.",
  );
  assert.ok(
    got.some((e) => e.type === "ACCUSE" && e.parties.join() === "IRN,USA"),
    JSON.stringify(got),
  );
});

test("events: a reaction does not reach back past the sentences before", () => {
  const got = eventsOf(
    "فرضت الولايات المتحدة عقوبات على مسؤولين إيرانيين. ارتفع التضخم. انخفضت الأسعار. تراجع النمو. وأدانت وزارة الخارجية الإيرانية القرار.",
  );
  assert.ok(!got.some((e) => e.type === "ACCUSE"), JSON.stringify(got));
});

test("events: a participle after a suspension is an accusation of its own", () => {
  const got = eventsOf(
    "أعلنت روسيا تعليق مشاركتها في المعاهدة مع الولايات المتحدة، متهمة واشنطن بتقويض الأمن.",
  );
  assert.deepEqual(got.map((e) => e.type).sort(), ["ACCUSE", "SANCTION"], JSON.stringify(got));
});

test("events: a sentence with no two states gives no event", () => {
  assert.deepEqual(eventsOf("ارتفع معدل التضخم في مصر إلى 38 بالمئة في سبتمبر."), []);
});

test("events: an event takes the date of its clause, else the publication date", () => {
  const [dated] = eventsOf("التقى بلينكن بوانغ يي في 15 نوفمبر 2023.", "2024-01-10");
  assert.equal(dated?.date, "2023-11-15");
  const [present] = eventsOf("يلتقي وزير الخارجية الأمريكي نظيره الصيني في بكين.", "2024-01-10");
  assert.equal(present?.date, "2024-01-10");
});

test("events: reported speech keeps the event's own actor and names the source", () => {
  const a = analyzeText("قال متحدث باسم الخارجية الأمريكية إن بكين رفضت مواصلة المفاوضات مع واشنطن.");
  const e = a.events.find((x) => x.type === "REJECT");
  assert.ok(e);
  assert.equal(e.actor[0]?.country, "CHN");
  assert.equal(e.recipient[0]?.country, "USA");
  const source = a.entities.find((x) => x.id === e.source);
  assert.equal(source?.type, "ORG");
  assert.equal(source?.country, "USA");
});

test("events: cameo, quad and intensity come from the PLOVER table", () => {
  const a = analyzeText("التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الصيني وانغ يي في بكين.");
  const e = a.events[0];
  assert.equal(e?.cameo, "04");
  assert.equal(e?.quad, 1);
  assert.ok(typeof e?.intensity === "number" && e.intensity > 0);
});

test("events: `بحسب صحيفة …` credits the event to its source; the event keeps its own actor", () => {
  const a = analyzeText("رفض\n\nرفضت اليابان طلباً صينياً لعقد قمة، بحسب صحيفة نيويورك تايمز.");
  const reject = a.events.find((e) => e.type === "REJECT");
  const source = a.entities.find((e) => e.id === reject?.source);
  assert.equal(source?.type, "MEDIA", JSON.stringify(a.events));
  assert.equal(reject?.actor[0]?.country, "JPN");
});

test("events: a nisba after an outlet's name is the outlet's, not a party", () => {
  const got = eventsOf(
    "نشرت صحيفة واشنطن بوست الأمريكية مقالا بعد زيارة وفد إلى القنصلية السعودية في إسطنبول.",
  );
  assert.ok(!got.some((e) => e.parties.includes("USA")), JSON.stringify(got));
});

test("events: استعاد is a resumption only with what is resumed, not a recapture", () => {
  const recapture = eventsOf("استعاد الجيش السوري قرى من فصائل مدعومة من تركيا.");
  assert.ok(!recapture.some((e) => e.type === "COOPERATE"), JSON.stringify(recapture));
  const resumed = eventsOf("استعادت الهند وباكستان الاتصالات العسكرية المباشرة.");
  assert.ok(
    resumed.some((e) => e.type === "COOPERATE" && e.parties.join() === "IND,PAK"),
    JSON.stringify(resumed),
  );
});

/** Sentences whose trigger words, in the sense or the clause they stand in, are no interstate event. */
const noEvents: Array<[string, string]> = [
  [
    "a noun after a comma has no agent before it",
    "وواجه عدد من الشبان، من بلجيكا وهولندا والسويد، اتهامات بتمويل الجماعة.",
  ],
  [
    "a penalty kick is no strike, a team no state",
    "وتقدم الفريق المغربي بهدف من ضربة جزاء قبل أن تعادل البرتغال.",
  ],
  [
    "players and national teams are no states",
    "ورفض اللاعبون الفرنسيون المشاركة في التدريبات، في حين يستعد المنتخب الإسباني لمواجهة ألمانيا.",
  ],
  [
    "an NGO's condemnation is no interstate event",
    "أدانت منظمة العفو الدولية السلطات الإيرانية بسبب الإعدامات.",
  ],
  [
    "a criticism with no target named has no recipient",
    "وانتقدت الكويت وقطر والبحرين تصاعد العنف في البحر الأحمر.",
  ],
  ["a currency's nisba is no party", "وقررت طهران إلغاء التعامل بالدولار الأمريكي في مبادلاتها."],
];

// Issue 6, precision on real text: parties that are no states, hosts, backers, undergoing.
noEvents.push(
  ["a party or armed movement is accused", "اتهم الجيش الإسرائيلي حزب الله بإعادة بناء مواقعه قرب الحدود."],
  ["the actor is an armed movement", "وأطلقت حركة حماس صواريخ على مدن إسرائيلية وسعودية وأمريكية."],
  [
    "the state is named in an outlet's name",
    "وبحسب وكالة تونس أفريقيا للأنباء، احتج مسؤولون على قرار ليبيا إغلاق المعبر.",
  ],
  [
    "a sports body's nisba",
    "وعبر الاتحاد الألماني لكرة القدم عن استيائه من اللاعبين، ورفض في بيان صورتهما مع إردوغان.",
  ],
  [
    "a host holds a conference about a state",
    "وتستضيف الكويت الأسبوع المقبل مؤتمرا دوليا بشأن إعمار العراق.",
  ],
  ["two teams' nisbas follow a dual", "والتقى المنتخبان الكوري الجنوبي والتركي في نصف النهائي."],
  [
    "the states after a visit are where it goes",
    "وسيكون الرئيس في جولة أوروبية الشهر المقبل، حيث سيزور فرنسا وإيطاليا وبلجيكا.",
  ],
  [
    "the states a visit names are where it went",
    "وبدأ الوزير جولته الأفريقية بزيارة ثلاثة بلدان هي غانا، وكينيا، ومصر.",
  ],
  [
    "the state is named inside the relative clause of a non-act object",
    "وانتقد ماكرون في خطابه المشككين الذين لا يريدون علاقات أوثق مع ألمانيا.",
  ],
);

for (const [why, text] of noEvents) {
  test(`events: no event when ${why}`, () => {
    assert.deepEqual(eventsOf(text), []);
  });
}

test("events: a speech verb after a noun trigger ends its clause; the speaker is no recipient", () => {
  const got = eventsOf("وفيما يتعلق بالهجوم الإسرائيلي، قال الرئيس اللبناني إنه مرفوض.");
  assert.ok(!got.some((e) => e.type === "ASSAULT" && e.parties.includes("LBN")), JSON.stringify(got));
});

test("events: a state named in passing later in the sentence is no recipient", () => {
  const got = eventsOf("ودعا الاتحاد الأوروبي إلى إجراء تحقيقات مستقلة في مقتل مواطنين فلسطينيين.");
  assert.ok(!got.some((e) => e.parties.includes("PSE")), JSON.stringify(got));
});

test("events: a host verb whose meeting names its sides is a venue; the meeting codes the event", () => {
  const got = eventsOf("استضافت الدوحة، يوم الأحد، جولة من المحادثات بين رواندا والكونغو الديمقراطية.");
  assert.deepEqual(
    got.map((e) => [e.type, e.parties.join()]),
    [["CONSULT", "COD,RWA"]],
    JSON.stringify(got),
  );
});

test("events: an ally word joins one side (`وحليفتها`)", () => {
  const got = eventsOf("وتتهم الحكومة السورية وحليفتها موسكو واشنطن بعرقلة الحل السياسي.");
  assert.deepEqual(
    got.map((e) => [e.type, e.parties.join()]),
    [["ACCUSE", "RUS,SYR,USA"]],
    JSON.stringify(got),
  );
});

test("events: the subject of a verb of undergoing is the recipient; the nisba after the noun acts", () => {
  const a = analyzeText("ويواجه الصحفي الأمريكي اتهامات تركية بالتجسس.");
  const e = a.events.find((x) => x.type === "ACCUSE");
  assert.ok(e, JSON.stringify(a.events));
  assert.deepEqual([e.actor.map((p) => p.country), e.recipient.map((p) => p.country)], [["TUR"], ["USA"]]);
});

test("events: the relative clause of an act still names its sides", () => {
  const got = eventsOf("وأعلن الرئيس الفرنسي إلغاء القمة التي كان يعتزم عقدها مع نظيره الجزائري.");
  assert.ok(
    got.some((e) => e.parties.join() === "DZA,FRA"),
    JSON.stringify(got),
  );
});

test("events: a dual after a party and a state is no pair of states", () => {
  const got = eventsOf(
    "واتهم الجيش الإسرائيلي حزب الله بخرق الهدنة في جنوب لبنان. واتفق الطرفان لاحقا على وقف القتال.",
  );
  assert.deepEqual(got, []);
});

test("events: a state after a separate preposition is no subject of the noun act after it", () => {
  const got = eventsOf("وأغلقت السعودية حدودها مع قطر على خلفية اتهامها بدعم الإرهاب.");
  assert.ok(!got.some((e) => e.type === "ACCUSE"), JSON.stringify(got));
});

test("events: the states that back a force (`المدعومة من`) are no targets of its attack", () => {
  const got = eventsOf(
    "وحذر المبعوث الأمريكي من أن هجوم القوات السورية المدعومة من روسيا وإيران على إدلب سيكون كارثيا.",
  );
  // The backing itself is coded since the twenty-first pass (backed.ts): SUPPORT by each backer, no attack.
  assert.ok(
    !got.some((e) => e.type !== "SUPPORT" && (e.parties.includes("RUS") || e.parties.includes("IRN"))),
    JSON.stringify(got),
  );
});

test("events: a state right after a meeting noun is where it meets (`قمة سنغافورة`), no party", () => {
  const got = eventsOf("ولعب الرئيس الكوري الجنوبي دورا في التوسط لعقد قمة سنغافورة مع زعيم كوريا الشمالية.");
  assert.ok(!got.some((e) => e.parties.includes("SGP")), JSON.stringify(got));
  const sides = eventsOf("وتستأنف محادثات واشنطن وبيونغ يانغ الأسبوع المقبل.");
  assert.ok(
    sides.some((e) => e.parties.join() === "PRK,USA"),
    JSON.stringify(sides),
  );
});
