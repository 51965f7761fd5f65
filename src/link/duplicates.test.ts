import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { openDb } from "../store/db.ts";
import { minhashParts } from "../store/prepare.ts";
import { candidates } from "./duplicate-rows.ts";
import { DEFAULT_DUPLICATES, indexDuplicates, recordDuplicates } from "./duplicates.ts";
import { StoredBands } from "./stored-bands.ts";
import {
  bandHashes,
  jaccard,
  keyWords,
  MINHASH,
  sameMinHash,
  shingles,
  signature,
  similarity,
} from "./minhash.ts";
import { scratchDir } from "../../test/scratch.ts";

// Own-written paragraphs; the variants change a few words, as a second outlet's copy would.
const BASE =
  "عقدت اللجنة المشتركة بين البلدين اجتماعها الدوري في العاصمة يوم الأحد وناقشت ملفات التعاون في مجالات النقل والطاقة والتجارة والاستثمار، واتفقت على تشكيل فرق فنية تتابع تنفيذ المشروعات المتفق عليها وترفع تقارير شهرية إلى الوزيرين، على أن يعقد الاجتماع المقبل بعد ثلاثة أشهر في عاصمة البلد الآخر بحضور ممثلين عن القطاع الخاص والغرف التجارية.";
const NEAR = BASE.replace("شهرية", "فصلية");
const FAR =
  "أعلنت وزارة الصحة عن حملة وطنية للتطعيم تستهدف الأطفال دون سن الخامسة في المناطق الريفية، وقالت إن الفرق الطبية ستزور القرى النائية خلال الأسابيع المقبلة لتقديم اللقاحات مجانا، وإن المراكز الصحية في المدن ستفتح أبوابها يوم الجمعة أيضا، ودعت الأهالي إلى إحضار بطاقات التطعيم السابقة، مؤكدة أن الحملة تأتي بعد ارتفاع حالات الحصبة في عدد من المحافظات خلال الشتاء الماضي.";

test("minhash.ts: shingles are read on matching keys, so spelling variants of alef and ى meet", () => {
  assert.deepEqual(shingles("أعلنت الوزارة إلى", 3), shingles("اعلنت الوزاره الي", 3), "minhash.ts");
  assert.equal(shingles("", 3).size, 0, "minhash.ts: empty");
  assert.equal(shingles("كلمتان فقط", 3).size, 1, "minhash.ts: shorter than a shingle");
});

test("minhash.ts: words are runs of letters and digits, letters outside the BMP included", () => {
  assert.deepEqual(keyWords("قالت الوزارة: 15 قتيلاً، و𝐀𝐁 😀نص"), [
    "قالت",
    "الوزاره",
    "15",
    "قتيلا",
    "و𝐀𝐁",
    "نص",
  ]);
  assert.deepEqual(keyWords(" ،. "), [], "minhash.ts: no word");
});

/** Shingle hashes and a signature as first written: strings joined and hashed, one hash at a time. */
function plainSignature(text: string, size: number, permutations: number): number[] {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const mix = (x: number) => {
    let h = x;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const words = keyWords(text);
  const hashes = new Set<number>();
  if (words.length < size) hashes.add(fnv(words.join(" ")));
  for (let i = 0; i + size <= words.length; i++) hashes.add(fnv(words.slice(i, i + size).join(" ")));
  const seeds: number[] = [];
  for (let i = 0, state = MINHASH.seed; i < permutations; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds.push(mix(state));
  }
  return seeds.map((seed) => Math.min(...[...hashes].map((h) => mix((h ^ seed) >>> 0))) | 0);
}

test("minhash.ts: signatures are those of the plain definition, for an odd number of permutations too", () => {
  for (const [size, permutations] of [
    [3, 128],
    [1, 128],
    [2, 7],
  ] as const)
    for (const text of [BASE, FAR, "كلمتان فقط"])
      assert.deepEqual(
        signature(shingles(text, size), { ...MINHASH, shingleSize: size, permutations }),
        plainSignature(text, size, permutations),
        `minhash.ts: ${size}-word shingles, ${permutations} permutations`,
      );
});

test("minhash.ts: the MinHash estimate follows the exact Jaccard similarity", () => {
  const cases: Array<[string, string]> = [
    [BASE, BASE],
    [BASE, NEAR],
    [BASE, FAR],
  ];
  for (const [a, b] of cases) {
    const [sa, sb] = [shingles(a, 3), shingles(b, 3)];
    const estimate = similarity(signature(sa), signature(sb));
    assert.ok(Math.abs(estimate - jaccard(sa, sb)) < 0.15, `minhash.ts: ${estimate} vs ${jaccard(sa, sb)}`);
  }
  assert.deepEqual(
    bandHashes(signature(shingles(BASE, 3))),
    bandHashes(signature(shingles(BASE, 3))),
    "minhash.ts: bands",
  );
});

test("duplicates.ts: stored documents are found through their band hashes, appended parts included", async () => {
  const db = await openDb(join(scratchDir("rasd-dup-"), "db"));
  try {
    const insert = async (id: string, parts: string[]) =>
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO documents (id, text, analysis) VALUES ($1, $2, '{}')", [id, parts[0]]);
        return recordDuplicates(tx, id, parts, DEFAULT_DUPLICATES);
      });
    assert.deepEqual(await insert("a", [BASE]), [], "duplicates.ts: the first document has no duplicate");
    const near = await insert("b", [NEAR]);
    assert.equal(near[0]?.duplicateOf, "a", "duplicates.ts: near-duplicate");
    assert.ok((near[0]?.similarity ?? 0) >= 0.8);
    assert.deepEqual(await insert("c", [FAR]), [], "duplicates.ts: different text");
    await insert("d", [
      "نص صفحة مجمعة عن موضوع آخر تماما لا يشبه شيئا مما سبق في هذا الاختبار القصير.",
      FAR.replace("مجانا", "بالمجان"),
    ]);
    const alone = await insert("e", [FAR.replace("الريفية", "الجبلية")]);
    assert.equal(alone[0]?.duplicateOf, "c", "duplicates.ts: the closest stored part wins");
    const rows = await db.query<{ id: string; duplicate_of: string | null }>(
      "SELECT id, duplicate_of FROM documents ORDER BY id",
    );
    assert.deepEqual(
      rows.map((r) => [r.id, r.duplicate_of]),
      [
        ["a", null],
        ["b", "a"],
        ["c", null],
        ["d", null],
        ["e", "c"],
      ],
      "duplicates.ts: documents.duplicate_of",
    );
    const appended = await db.query<{ document_id: string; part: number; duplicate_of: string }>(
      "SELECT document_id, part, duplicate_of FROM near_duplicates WHERE part > 0",
    );
    assert.deepEqual(
      appended.map((r) => [r.document_id, Number(r.part), r.duplicate_of]),
      [["d", 1, "c"]],
      "duplicates.ts: an appended article is recognised as a stored one",
    );
  } finally {
    await db.close();
  }
});

test("duplicates.ts: documents indexed together meet each other as if stored one after the other", async () => {
  const docs: Array<[string, string[]]> = [
    ["a", [BASE]],
    ["b", [NEAR]],
    ["c", [FAR]],
    [
      "d",
      [
        "نص صفحة مجمعة عن موضوع آخر تماما لا يشبه شيئا مما سبق في هذا الاختبار القصير.",
        FAR.replace("مجانا", "بالمجان"),
      ],
    ],
    ["e", [NEAR.replace("الدوري", "العادي")]],
  ];
  const db = await openDb(join(scratchDir("rasd-dup-"), "db"));
  try {
    // "a" is stored first on its own; the others come as one batch, in order.
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO documents (id, text, analysis) VALUES ('a', $1, '{}')", [BASE]);
      await recordDuplicates(tx, "a", [BASE], DEFAULT_DUPLICATES);
    });
    const rest = docs.slice(1);
    const matches = await db.transaction(async (tx) => {
      for (const [id, parts] of rest)
        await tx.query("INSERT INTO documents (id, text, analysis) VALUES ($1, $2, '{}')", [id, parts[0]]);
      return indexDuplicates(
        tx,
        rest.map(([id, parts]) => ({ id, ...minhashParts(parts) })),
        DEFAULT_DUPLICATES,
      );
    });
    assert.deepEqual(
      matches.map((m) => m.map((x) => [x.part, x.duplicateOf, x.duplicatePart])),
      [[[0, "a", 0]], [], [[1, "c", 0]], [[0, "b", 0]]],
      "duplicates.ts: a document of the batch is matched with the database and with the ones before it",
    );
    const rows = await db.query<{ id: string; duplicate_of: string | null }>(
      "SELECT id, duplicate_of FROM documents ORDER BY id",
    );
    assert.deepEqual(
      rows.map((r) => [r.id, r.duplicate_of]),
      [
        ["a", null],
        ["b", "a"],
        ["c", null],
        ["d", null],
        ["e", "a"],
      ],
      "duplicates.ts: a copy of a copy points at the first stored one",
    );
    const [n] = await db.query<{ n: string }>("SELECT count(*) AS n FROM minhash_signatures");
    assert.equal(Number(n?.n), 6, "duplicates.ts: every part's signature is stored");
  } finally {
    await db.close();
  }
});

test("stored-bands.ts: the stored parts in memory give the database's candidates, in its order, cut alike", async () => {
  // Copies of one text (equal similarities: the candidates' order decides), near copies, others.
  const texts = [BASE, FAR, NEAR, BASE, FAR.replace("مجانا", "بالمجان"), BASE, NEAR, BASE];
  const docs = texts.map((text, i) => ({ id: `d${i}`, ...minhashParts([text, i % 3 === 0 ? FAR : ""]) }));
  const db = await openDb(join(scratchDir("rasd-dup-"), "db"));
  try {
    const memory = await StoredBands.load(db);
    const viaDb: unknown[] = [];
    const viaMemory: unknown[] = [];
    // Two documents a transaction, each indexed once through the database and once through memory
    // (the memory's run rolled back), then the database's run committed and the memory told so.
    for (let i = 0; i < docs.length; i += 2) {
      const batch = docs.slice(i, i + 2);
      const insert = async (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => {
        for (const d of batch)
          await tx.query("INSERT INTO documents (id, text, analysis) VALUES ($1, 'x', '{}')", [d.id]);
      };
      await db
        .transaction(async (tx) => {
          await insert(tx);
          viaMemory.push(await indexDuplicates(tx, batch, DEFAULT_DUPLICATES, memory));
          throw new Error("rolled back");
        })
        .catch(() => memory.discard());
      await db.transaction(async (tx) => {
        await insert(tx);
        viaDb.push(await indexDuplicates(tx, batch, DEFAULT_DUPLICATES));
      });
      memory.stage(batch);
      memory.commit();
    }
    assert.deepEqual(viaMemory, viaDb, "stored-bands.ts: the same matches as the database's read");
    const queries = [BASE, NEAR, FAR, "نص قصير"].flatMap((text) =>
      minhashParts([text]).bands.map((bands) => ({ bands })),
    );
    for (const max of [200, 3, 1]) {
      const options = { ...DEFAULT_DUPLICATES, maxCandidates: max };
      const stored = await db.transaction((tx) => candidates(tx, queries, options));
      assert.deepEqual(memory.candidates(queries, max), stored, `stored-bands.ts: at most ${max} a part`);
      assert.deepEqual(
        (await StoredBands.load(db)).candidates(queries, max),
        stored,
        `stored-bands.ts: loaded from the database, at most ${max} a part`,
      );
    }
  } finally {
    await db.close();
  }
});

test("minhash.ts: settings are compared by value, so a worker thread's copy of them is the same", () => {
  assert.ok(sameMinHash(structuredClone(MINHASH), MINHASH));
  assert.ok(!sameMinHash({ ...MINHASH, shingleSize: 1 }, MINHASH));
  assert.ok(!sameMinHash({ ...MINHASH, seed: MINHASH.seed + 1 }, MINHASH));
});
