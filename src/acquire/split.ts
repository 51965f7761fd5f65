// Cuts a stream of decoded text into records as they arrive, so a 10,000-item feed or a large
// TREC file never has to be held as documents all at once.
import { InputError } from "../pipeline/errors.ts";

/** Splits `<tag …>…</tag>` elements (`DOC`, `item`, `entry`) out of text pushed in pieces. */
export class ElementSplitter {
  /** Everything before the first element (a feed's channel header), once the first element is seen. */
  header: string | null = null;
  private buffer = "";
  private readonly open: RegExp;
  private readonly close: string;

  constructor(
    tag: string,
    private readonly maxChars: number,
    private readonly input: string,
  ) {
    this.open = new RegExp(`<${tag}(?=[\\s>/])`, "gu");
    this.close = `</${tag}>`;
  }

  push(chunk: string): string[] {
    this.buffer += chunk;
    const out: string[] = [];
    for (;;) {
      this.open.lastIndex = 0;
      const m = this.open.exec(this.buffer);
      if (!m) {
        this.checkSize();
        return out;
      }
      if (this.header === null) this.header = this.buffer.slice(0, m.index);
      const end = this.buffer.indexOf(this.close, m.index);
      if (end < 0) {
        this.buffer = this.buffer.slice(m.index);
        this.checkSize();
        return out;
      }
      out.push(this.buffer.slice(m.index, end + this.close.length));
      this.buffer = this.buffer.slice(end + this.close.length);
    }
  }

  /** Whether the text ended inside an element (a truncated file). */
  end(): { truncated: boolean } {
    if (this.header === null) this.header = this.buffer;
    this.open.lastIndex = 0;
    return { truncated: this.open.test(this.buffer) };
  }

  private checkSize(): void {
    if (this.buffer.length > this.maxChars) {
      throw new InputError(
        this.input,
        `one record is larger than the ${formatBytes(this.maxChars)} cap; raise it with --max-bytes`,
      );
    }
  }
}

/** Splits text pushed in pieces into lines (JSON Lines). */
export class LineSplitter {
  private buffer = "";

  constructor(
    private readonly maxChars: number,
    private readonly input: string,
  ) {}

  push(chunk: string): string[] {
    this.buffer += chunk;
    const lines = this.buffer.split("\n");
    this.buffer = lines.pop() ?? "";
    if (this.buffer.length > this.maxChars) {
      throw new InputError(
        this.input,
        `one line is larger than the ${formatBytes(this.maxChars)} cap; raise it with --max-bytes`,
      );
    }
    return lines;
  }

  end(): string[] {
    const rest = this.buffer;
    this.buffer = "";
    return rest === "" ? [] : [rest];
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
