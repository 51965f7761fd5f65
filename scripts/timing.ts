// CPU time and medians for the scripts that compare two trees or time stages in rounds, and each
// thread's CPU time for those that split a run by thread (Linux only: read from /proc).
import { readdirSync, readFileSync } from "node:fs";

/** CPU microseconds this process has used so far (user and system). */
export function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Stops `script` with a clear message unless /proc/self/task can be read (Linux). */
export function requireThreadTimes(script: string): void {
  if (process.platform === "linux") return;
  process.stderr.write(`${script} reads /proc/self/task: run it on Linux\n`);
  process.exit(2);
}

/** CPU seconds (user + system) of each thread of this process, by thread id. */
export function threadSeconds(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** The id of the calling thread, as `threadSeconds` keys it. */
export function thisThreadId(): string {
  return readFileSync("/proc/thread-self/stat", "utf8").split(" ")[0] as string;
}
