// A worker thread of the analysis pool: loads the lexicons once, then analyses one source per
// message and posts the items back. Errors of one source are items; anything else ends the job.
import { parentPort, workerData } from "node:worker_threads";
import { type AnalyzerOptions, createAnalyzer, type Source } from "./sources.ts";

const analyze = createAnalyzer(workerData as AnalyzerOptions);
const port = parentPort;
if (port === null)
  throw new Error("src/pipeline/worker-thread.ts runs as a worker thread of src/pipeline/pool.ts");

/** One source at a time, in the order they came: stage times then measure only their own work. */
let queue: Promise<void> = Promise.resolve();

port.on("message", (message: { id: number; source: Source }) => {
  queue = queue.then(() =>
    analyze(message.source).then(
      (result) => port.postMessage({ id: message.id, result }),
      (e: unknown) => port.postMessage({ id: message.id, error: (e as Error).message ?? String(e) }),
    ),
  );
});
port.postMessage({ ready: true });
