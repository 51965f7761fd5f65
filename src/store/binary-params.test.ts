import assert from "node:assert/strict";
import { test } from "node:test";
import { PGlite } from "@electric-sql/pglite";
import { binaryParam, bytesArray } from "./binary-params.ts";

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
