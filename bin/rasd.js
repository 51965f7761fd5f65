#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx rasd` needs no build step.
import { setFlagsFromString } from "node:v8";
import { register } from "tsx/esm/api";

// Before any of Rasd's code is compiled, for this thread and the worker threads it starts: V8's
// optimizing compiler does not inline calls. The analysis stages are many middle-sized functions
// met with varying object shapes; inlined into a few large ones, every new shape threw a large
// compiled function away and each worker spent seconds recompiling. Measured on the ANT corpus
// (docs/BENCHMARKS.md, "Without inlining"): analysis only 911–969 → 1,031–1,075 articles/s, full
// ingest and search unchanged. `RASD_V8_INLINING=on` leaves V8's default.
if (process.env.RASD_V8_INLINING !== "on") setFlagsFromString("--no-turbo-inlining");

register();
await import("../src/cli/main.ts");
