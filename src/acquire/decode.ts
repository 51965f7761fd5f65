// Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM; refuses binary data.
import { InputError } from "../pipeline/errors.ts";

/** Share of control bytes above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.02;

export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length === 0) throw new InputError(input, "the file is empty; give a file with article text");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new InputError(input, "this looks like a binary file, not text; give a text, HTML or XML article");
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(
      input,
      "the file is not valid UTF-8; convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)",
    );
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}
