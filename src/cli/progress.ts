// A progress bar on stderr for long ingests: sources done of all, documents stored, articles/s, ETA.
import cliProgress from "cli-progress";
import type { IngestProgress, IngestSummary } from "../store/ingest.ts";

export class Progress implements IngestProgress {
  private readonly bar = new cliProgress.SingleBar(
    {
      format:
        "{bar} {value}/{total} files | {documents} documents ({added} added, {skipped} skipped) | {rate} articles/s | ETA {eta_formatted} | {input}",
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      fps: 5,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly started = Date.now();
  private running = false;
  private current = "";

  start(sources: number | null): void {
    // Unknown totals (stdin, URLs, feeds) count up with no ETA.
    this.bar.start(sources ?? 0, 0, { documents: 0, added: 0, skipped: 0, rate: "0", input: "" });
    this.running = true;
  }

  input(input: string): void {
    this.current = input.length > 40 ? `…${input.slice(-39)}` : input;
  }

  update(s: IngestSummary, sourcesDone: number): void {
    if (!this.running) return;
    const documents = s.added + s.unchanged;
    const seconds = (Date.now() - this.started) / 1000;
    if (this.bar.getTotal() < sourcesDone) this.bar.setTotal(sourcesDone);
    this.bar.update(sourcesDone, {
      documents,
      added: s.added,
      skipped: s.skipped.length,
      rate: seconds > 0 ? (documents / seconds).toFixed(0) : "0",
      input: this.current,
    });
  }

  stop(): void {
    if (this.running) this.bar.stop();
    this.running = false;
  }
}
