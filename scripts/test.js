// `npm test`: formatting and lint, types, then every test file (Node 20's --test needs them listed).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

function testFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== "node_modules" && e.name !== "fixtures") out.push(...testFiles(p));
    else if (e.isFile() && e.name.endsWith(".test.ts")) out.push(p);
  }
  return out.sort();
}

function run(label, cmd, args) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) {
    process.stdout.write(`\n${label} failed\n`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => join("node_modules", ".bin", name);
run("lint (eslint)", bin("eslint"), ["."]);
run("format (prettier)", bin("prettier"), ["--check", "."]);
run("types (tsc)", bin("tsc"), ["--noEmit", "-p", "."]);
run("tests (node --test)", process.execPath, [
  "--import",
  "tsx",
  "--test",
  ...testFiles("src"),
  ...testFiles("test"),
]);
