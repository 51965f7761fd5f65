// A channel no lexicon row knows is named by its shape (`اتفاقية وقف إطلاق النار`): many wars have
// one. Across documents it is one channel per name and the states its events name (entity-keys.ts),
// so the ceasefire between Armenia and Azerbaijan is not the one between Israel and Lebanon.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Db, openDb } from "../store/db.ts";
import { storeAnalysis } from "../store/queries.ts";
import { analyzeText } from "../../test/helpers.ts";
import { scratchDir } from "../../test/scratch.ts";
import { listChannels } from "./channels.ts";
import { listCorpusEntities } from "./entities.ts";
import { createLinker } from "./index.ts";

/**
 * Articles written for this test: two report the Caucasus ceasefire signed, one Russia's welcome of
 * it (a third state), one another war's ceasefire, one names a ceasefire with no state at all.
 */
const ARTICLES = [
  `اتفاق جديد في القوقاز
موسكو - 3 مارس 2024
وقعت أرمينيا وأذربيجان الأحد اتفاقية وقف إطلاق النار في العاصمة الروسية موسكو، بعد أسابيع من المعارك على الحدود بين البلدين.
وقال وزير الخارجية الأرميني إن بلاده ملتزمة بما وقعت عليه.`,
  `هدنة على الحدود اللبنانية
بيروت - 5 مارس 2024
علقت إسرائيل العمل باتفاقية وقف إطلاق النار مع لبنان الثلاثاء، بعد يومين من تبادل القصف عبر الحدود.`,
  `يريفان وباكو توقعان
يريفان - 4 مارس 2024
وقعت أذربيجان وأرمينيا أمس اتفاقية وقف إطلاق النار برعاية روسية، وفق ما أعلنت الخارجية الأذربيجانية.`,
  `ترحيب روسي
موسكو - 6 مارس 2024
رحبت روسيا الأربعاء باتفاقية وقف إطلاق النار بين أرمينيا وأذربيجان، ودعت البلدين إلى احترامها.`,
  `قراءة في الهدنة
لندن - 7 مارس 2024
تحدث الخبراء عن اتفاقية وقف إطلاق النار وعن مستقبلها في المنطقة.`,
];

let db: Db;

before(async () => {
  db = await openDb(join(scratchDir("rasd-channel-scope-"), "db"));
  const link = createLinker();
  for (const text of ARTICLES) await storeAnalysis(db, analyzeText(text), { link });
});

after(async () => {
  await db.close();
});

test("channels: one name between two other pairs of states is two channels, each with its own history", async () => {
  const ceasefires = (await listChannels(db, { limit: 50 })).filter(
    (c) => c.name === "اتفاقية وقف إطلاق النار",
  );
  const got = `channels: got ${JSON.stringify(ceasefires.map((c) => [c.parties, c.status]))}`;
  const caucasus = ceasefires.filter((c) => c.parties.includes("ARM"));
  const lebanon = ceasefires.filter((c) => c.parties.includes("LBN"));
  assert.equal(caucasus.length, 1, got);
  assert.equal(lebanon.length, 1, got);
  assert.ok(caucasus[0]?.parties.includes("AZE") && !caucasus[0].parties.includes("ISR"), got);
  assert.deepEqual(lebanon[0]?.parties, ["ISR", "LBN"], got);
  assert.equal(lebanon[0]?.status, "suspended");
  assert.deepEqual(
    lebanon[0]?.history.map((h) => h.type),
    ["SANCTION"],
    "channels: Israel's suspension is no line of the Caucasus agreement",
  );
  assert.ok(
    caucasus[0]?.history.every((h) => h.type !== "SANCTION"),
    "channels: the Caucasus ceasefire was not suspended",
  );
});

test("channels: the same name between the same states is one channel, with a third state or none named", async () => {
  const named = (await listCorpusEntities(db, { type: "MECHANISM", limit: 50 })).filter(
    (e) => e.name === "اتفاقية وقف إطلاق النار",
  );
  // The Caucasus ceasefire: two signings, Russia's welcome, the experts' mention; Lebanon's: one.
  assert.deepEqual(
    named.map((e) => e.documents).sort(),
    [1, 4],
    JSON.stringify(named.map((e) => [e.id, e.documents])),
  );
});
