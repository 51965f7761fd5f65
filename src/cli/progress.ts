// A progress bar on stderr for long ingests: documents so far, rate, the input being read.
import cliProgress from "cli-progress";

export class Progress {
  private readonly bar = new cliProgress.SingleBar(
    {
      format: "{value} documents | {added} added | {skipped} skipped | {rate}/s | {input}",
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly started = Date.now();
  private count = 0;
  private running = false;
  private current = "";

  input(input: string): void {
    this.current = input.length > 60 ? `…${input.slice(-59)}` : input;
    if (!this.running) {
      this.bar.start(0, 0, { added: 0, skipped: 0, rate: "0", input: this.current });
      this.running = true;
    }
    this.bar.update({ input: this.current });
  }

  tick(s: { added: number; skipped: readonly unknown[] }): void {
    this.count++;
    const seconds = (Date.now() - this.started) / 1000;
    this.bar.update(this.count, {
      added: s.added,
      skipped: s.skipped.length,
      rate: seconds > 0 ? (this.count / seconds).toFixed(1) : "0",
      input: this.current,
    });
  }

  stop(): void {
    if (this.running) this.bar.stop();
    this.running = false;
  }
}
