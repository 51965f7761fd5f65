import assert from "node:assert/strict";
import { test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import { binaryParam, bytesArray } from "./binary-params.ts";
import { searchVector, searchVectorBytes } from "./search-terms.ts";

/** [parameter type, its oid, a value]: each read back as PostgreSQL's text of the value. */
const CASES: Array<[string, number, unknown]> = [
  ["text", 25, 'قال مسؤولون «إن» "x" \\ {a,b} NULL 😀'],
  ["text", 25, ""],
  ["json", 114, '{"a": [1, "ب"], "b": null}'],
  ["text[]", 1009, ["", '"', "\\", "a,b", "{}", "NULL", null, "قال", "😀", " x "]],
  ["text[]", 1009, []],
  ["text[]", 1009, [null]],
  ["json[]", 199, ['{"a":1}', "null", '"s"', null]],
  ["jsonb[]", 3807, ['{"b": 2, "a": [1, "ب"]}', "{}", null]],
  ["int4[]", 1007, [0, -1, 2147483647, -2147483648, null, -0]],
  ["int4[]", 1007, []],
];

test("binary parameters read back as the text ones do", async () => {
  const pg = new PGlite();
  try {
    for (const [type, oid, value] of CASES) {
      const binary = binaryParam(value, oid);
      assert.ok(binary, `${type} ${JSON.stringify(value)} is encoded`);
      const sql = `SELECT $1::${type}::text AS v`;
      const asText = await pg.query<{ v: string }>(sql, [value]);
      const asBytes = await pg.query<{ v: string }>(sql, [binary], {
        serializers: { [oid]: (v: unknown) => v } as never,
      });
      assert.equal(asBytes.rows[0]?.v, asText.rows[0]?.v, `${type} ${JSON.stringify(value)}`);
    }
  } finally {
    await pg.close();
  }
});

test("values the binary form would not keep as they are go through the text path", () => {
  assert.equal(binaryParam("a\0b", 25), null);
  assert.equal(binaryParam(["a", 1], 1009), null);
  assert.equal(binaryParam([1.5], 1007), null);
  assert.equal(binaryParam([2 ** 31], 1007), null);
  assert.equal(binaryParam([{ a: 1 }], 3807), null);
  assert.equal(binaryParam("2024-01-01", 1082), null);
  assert.equal(binaryParam(["2024-01-01"], 1182), null);
});

test("arrays of UTF-8 elements read back as the text ones do", async () => {
  const pg = new PGlite();
  const utf8 = new TextEncoder();
  try {
    for (const [type, oid, values] of [
      ["text", 1009, ['قال مسؤولون «إن» "x"', "", "\\", "{}", "NULL", "😀"]],
      ["json", 199, ['{"a": [1, "ب"], "b": null}', "null", '"s"']],
      ["text", 1009, []],
    ] as const) {
      const sql = `SELECT $1::${type}[]::text AS v`;
      const asText = await pg.query<{ v: string }>(sql, [values]);
      const bytes = bytesArray(
        values.map((v) => utf8.encode(v)),
        type,
      );
      const asBytes = await pg.query<{ v: string }>(sql, [bytes], {
        serializers: { [oid]: (v: unknown) => v } as never,
      });
      assert.equal(asBytes.rows[0]?.v, asText.rows[0]?.v, `${type}[] ${JSON.stringify(values)}`);
    }
  } finally {
    await pg.close();
  }
});

test("tsvectors in the binary form are the values their literals cast to, byte for byte", async () => {
  const pg = new PGlite();
  const texts = [
    "قال وزير الخارجية الأمريكي إن الوزير التقى وزراء الخارجية العرب في الرياض",
    "",
    "، . ؟",
    // Latin, digits and Arabic together, lexemes that open alike (shorter first by bytes).
    "UN un U.N. 2024 ٢٠٢٤ الأمم الأممية أمم الامم Abc abc ab",
    // One word more than 256 times (the positions a lexeme keeps), and more than 16,383 words.
    Array.from({ length: 300 }, () => "السلام").join(" "),
    Array.from({ length: 17000 }, (_, i) => (i % 7 === 0 ? "الحدود" : `كلمة${i % 50}`)).join(" "),
  ];
  try {
    // Stored side by side, as the documents' statement stores them: equal values of equal size.
    await pg.query("CREATE TEMPORARY TABLE v (literal text, a tsvector, b tsvector)");
    // Their stored bytes as they are (a value's layout, not only what `tsvectorsend` reads of it).
    await pg.query("CREATE CAST (tsvector AS bytea) WITHOUT FUNCTION");
    await pg.query(
      "INSERT INTO v SELECT a, a::tsvector, b FROM unnest($1::text[], $2::tsvector[]) AS u(a, b)",
      [
        texts.map((t) => searchVector(t)),
        bytesArray(
          texts.map((t) => searchVectorBytes(t)),
          "tsvector",
        ),
      ],
      { serializers: { 3643: (v: unknown) => v } as never },
    );
    const rows = await pg.query<{ same: boolean; literal: string }>(
      "SELECT a::bytea = b::bytea AND a::text = b::text AS same, literal FROM v",
    );
    assert.equal(rows.rows.length, texts.length);
    rows.rows.forEach((r, i) => assert.ok(r.same, `text ${i}: ${r.literal.slice(0, 80)}`));
  } finally {
    await pg.close();
  }
});
