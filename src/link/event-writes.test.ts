import assert from "node:assert/strict";
import { test } from "node:test";
import { meeting } from "./event-fixture.ts";
import { corpusRecord } from "./event-writes.ts";

test("event-writes.ts: the corpus record names corpus entities", () => {
  const ids = new Map([
    ["e1", "person:هيغسيث"],
    ["e2", "x9"],
  ]);
  const r = corpusRecord(meeting({ mechanism: "e2", location: "e9" }), ids);
  assert.equal(r.actor[0]?.entity, "person:هيغسيث");
  assert.equal(r.mechanism, "x9");
  assert.equal(r.location, null);
});
