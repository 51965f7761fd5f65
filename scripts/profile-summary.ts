// Sums a V8 CPU profile (`node --cpu-prof`) by function and by file: self time (where the samples
// fell) and total time (the function or one it called was running), to find what to make faster.
//   node --no-turbo-inlining --cpu-prof --cpu-prof-dir /tmp/prof --import tsx scripts/analysis-digest.ts --jobs 0 --limit 3000
//   npx tsx scripts/profile-summary.ts /tmp/prof [--top N] [--under FUNCTION]
// A folder gives its largest profile (the thread that ran the code; the other is tsx's loader).
// `--under f` splits the time spent in `f` by the function it called (`(self)`: in `f` itself).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "40" }, under: { type: "string" } },
});
const target = positionals[0];
const top = Number(values.top);
if (target === undefined || !(top > 0)) {
  process.stderr.write("usage: profile-summary.ts PROFILE_OR_FOLDER [--top N] [--under FUNCTION]\n");
  process.exit(2);
}
let file = target;
if (statSync(target).isDirectory()) {
  const profiles = readdirSync(target)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(target, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (profiles.length === 0) {
    process.stderr.write(
      `${target} holds no .cpuprofile: run node with --cpu-prof --cpu-prof-dir ${target}\n`,
    );
    process.exit(2);
  }
  file = profiles[0] as string;
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfOf = new Map<number, number>();
profile.samples.forEach((id, k) => selfOf.set(id, (selfOf.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));

const where = (n: ProfileNode) => n.callFrame.url.replace(/^.*\/(src|scripts|node_modules)\//u, "$1/");
const nameOf = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${where(n)}`.trim();
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);

let total = 0;
const self = new Map<string, number>();
const files = new Map<string, number>();
const inclusive = new Map<string, number>();
const under = new Map<string, number>();
for (const [id, t] of selfOf) {
  total += t;
  const node = byId.get(id) as ProfileNode;
  add(self, nameOf(node), t);
  add(files, where(node) || node.callFrame.functionName, t);
  const seen = new Set<string>();
  let child: ProfileNode | null = null;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur) as ProfileNode;
    const k = nameOf(n);
    if (!seen.has(k)) add(inclusive, k, t);
    seen.add(k);
    if (values.under !== undefined && n.callFrame.functionName === values.under && !seen.has(`under ${k}`)) {
      add(under, child ? nameOf(child) : "(self)", t);
      seen.add(`under ${k}`);
    }
    child = n;
  }
}

const table = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(
      `${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}\n`,
    );
};
process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
if (values.under !== undefined) table(`inside ${values.under}, by the function it called`, under);
else {
  table("self time by function", self);
  table("self time by file", files);
  table("total time by function", inclusive);
}
