// The entry of an analysis worker thread: registers tsx (as bin/rasd.js does), then runs the
// TypeScript worker. Node 20 does not apply `--import` loaders to a worker's entry module.
import { register } from "tsx/esm/api";

register();
await import("./worker-thread.ts");
