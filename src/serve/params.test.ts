// Date bounds for event filters.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateAfter } from "./params.ts";

const CASES: Array<[string, string]> = [
  ["2024", "2025"],
  ["2024-05", "2024-06"],
  ["2024-12", "2025-01"],
  ["2024-02-28", "2024-02-29"],
  ["2023-12-31", "2024-01-01"],
];

test("params: dateAfter gives the exclusive end of a partial date", () => {
  for (const [d, want] of CASES) assert.equal(dateAfter(d), want, d);
});
