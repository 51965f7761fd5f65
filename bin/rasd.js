#!/usr/bin/env node
// Runs the TypeScript CLI with no build step: as the bundle bin/bundle.js makes of the sources
// (once per change to them), or through tsx when it cannot be made.
import { setFlagsFromString } from "node:v8";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleDir } from "./bundle.js";

// Before any of Rasd's code is compiled, for this thread and the worker threads it starts, two
// settings of V8's optimizing compiler (measured on the ANT corpus, docs/BENCHMARKS.md):
// - no inlining ("Without inlining"): the analysis stages are many middle-sized functions met
//   with varying object shapes; inlined into a few large ones, every new shape threw a large
//   compiled function away and each worker spent seconds recompiling;
// - a function is optimized after four times V8's default amount of running ("A later tier-up"):
//   compiled on the feedback of a few documents, the large stage functions met new shapes
//   soon after and were thrown away and compiled again; later, each is compiled about once.
// `RASD_V8_DEFAULTS=1` leaves V8's defaults, to measure against them.
if (process.env.RASD_V8_DEFAULTS !== "1") {
  setFlagsFromString("--no-turbo-inlining");
  setFlagsFromString("--interrupt-budget=270336");
}

// The sources as one bundle when it can be made (bin/bundle.js), else through tsx.
const bundle = await bundleDir();
if (bundle !== null) {
  await import(pathToFileURL(join(bundle, "main.js")).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
