// Where the analysis pool's CPU time goes, thread by thread: the corpus through `createPool`
// (as `rasd bench` runs analysis only: no store rows, 16 sources in flight per worker), then the
// CPU seconds of every thread of this process (from /proc, Linux only), the calling thread's
// event-loop utilization, and the start-up of the pool (workers loading modules and lexicons).
//   npx tsx scripts/analysis-threads.ts [corpus folder] [--jobs N] [--limit N]
// Threads that are neither this one nor a worker are V8's helpers (optimizing compiler, GC) and
// libuv's. Run it with `node --no-concurrent-recompilation --import tsx …` to see the compiler's
// share move into the threads that run the code.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import { createPool } from "../src/pipeline/pool.ts";
import type { SourceResult } from "../src/pipeline/sources.ts";
import { requireThreadTimes, thisThreadId, threadSeconds } from "./timing.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: "string", default: "2" }, limit: { type: "string" } },
});
const corpus = positionals[0] ?? "../shared/corpora/ant-bbc-cnn";
const jobs = Number(values.jobs);
const limit = values.limit === undefined ? Infinity : Number(values.limit);
requireThreadTimes("analysis-threads.ts");

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const files = listInputs(corpus).slice(0, limit);
const self = thisThreadId();
const before = threadSeconds();
let wall = performance.now();
let cpuAt = cpu();
const pool = await createPool({ jobs, forStore: false });
const startup = { seconds: (performance.now() - wall) / 1000, cpuSeconds: cpu() - cpuAt };
const started = threadSeconds();
const elu = performance.eventLoopUtilization();
wall = performance.now();
cpuAt = cpu();
let documents = 0;
const window: Array<Promise<SourceResult>> = [];
const take = async () => {
  const r = await (window.shift() as Promise<SourceResult>);
  documents += r.items.filter((i) => i.kind === "document").length;
};
for (const path of files) {
  window.push(pool.analyze({ kind: "file", path }));
  if (window.length >= Math.max(1, jobs) * 16) await take();
}
while (window.length > 0) await take();
const seconds = (performance.now() - wall) / 1000;
const cpuSeconds = cpu() - cpuAt;
const utilization = performance.eventLoopUtilization(elu).utilization;
const ended = threadSeconds();
await pool.close();

const threads = [...ended]
  .map(([tid, s]) => ({ tid, new: !before.has(tid), seconds: s - (started.get(tid) ?? 0) }))
  .filter((t) => t.seconds >= 0.05)
  .sort((a, b) => b.seconds - a.seconds);
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const line = (label: string, s: number) => `  ${label.padEnd(34)} ${s.toFixed(2).padStart(7)} CPU s\n`;
process.stdout.write(
  `${documents} documents, ${jobs} worker(s), load average ${load}\n` +
    `start-up: ${startup.seconds.toFixed(2)} s wall, ${startup.cpuSeconds.toFixed(2)} CPU s\n` +
    `analysis: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} CPU s, ` +
    `${(documents / seconds).toFixed(0)} articles/s, ${(documents / cpuSeconds).toFixed(0)} per CPU s, ` +
    `calling thread's event loop busy ${(100 * utilization).toFixed(0)} %\n` +
    threads
      .map((t) =>
        line(
          t.tid === self
            ? "calling thread"
            : t.new
              ? `thread ${t.tid} (started with the pool)`
              : `thread ${t.tid}`,
          t.seconds,
        ),
      )
      .join(""),
);
