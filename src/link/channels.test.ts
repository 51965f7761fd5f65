import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { DEFAULT_LEXICON_DIR } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import type { Event } from "../pipeline/types.ts";
import { eventOf } from "./event-fixture.ts";
import { compileStatusRules, currentStatus, statusOf } from "./channels.ts";

const rules = compileStatusRules(readTsv(join(DEFAULT_LEXICON_DIR, "channel-status.tsv")));

const event = eventOf;

test("channels.ts: channel-status.tsv maps events to statuses", () => {
  const cases: Array<[Partial<Event>, string | null]> = [
    [{ type: "SANCTION", mode: "discontinue" }, "suspended"],
    [{ type: "SANCTION", mode: "discontinue", negated: true }, null],
    [{ type: "COOPERATE" }, "active"],
    [{ type: "CONSULT" }, "active"],
    [{ type: "CONSULT", modality: "future" }, "agreed"],
    [{ type: "AGREE" }, "agreed"],
    [{ type: "REQUEST", modality: "proposed" }, "proposed"],
    [{ type: "REJECT" }, "suspended"],
    [{ type: "ACCUSE" }, null],
  ];
  for (const [e, status] of cases)
    assert.equal(statusOf(event(e), rules), status, `channels.ts: ${JSON.stringify(e)}`);
});

test("channels.ts: the status is the latest-dated line's, since the start of its run", () => {
  assert.deepEqual(currentStatus([]), { status: "unknown", since: null });
  assert.deepEqual(
    currentStatus([
      { date: "2024-01-09", status: "active", seq: 1 },
      { date: "2022-08-05", status: "suspended", seq: 2 },
      { date: "2023-11-15", status: "agreed", seq: 3 },
      { date: "2024-03-01", status: "active", seq: 4 },
    ]),
    { status: "active", since: "2024-01-09" },
  );
});

test("channels.ts: an unknown status in the lexicon is refused with what to write instead", () => {
  assert.throws(
    () => compileStatusRules([{ type: "AGREE", mode: "", modality: "", negated: "", status: "open" }]),
    /unknown status "open"; use active, suspended, agreed or proposed/u,
  );
});
