// Bytes to text. The encoding is found from, in order: a byte-order mark; valid UTF-8 (a
// declared legacy charset is often wrong once a site moved to UTF-8); a declared charset
// (HTTP header, <meta charset>, XML declaration); then which Arabic legacy encoding gives
// Arabic letters rather than Latin accents. Decoding itself is iconv-lite's.
import { isUtf8 as isStrictUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { InputError } from "../pipeline/errors.ts";
import { CONTENT_TYPE_CHARSET, META_CHARSET, XML_ENCODING } from "./regexes.ts";

/** Share of control bytes above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.02;

/** How many leading bytes are searched for a declared charset. */
const DECLARATION_WINDOW = 4096;

/** Arabic single-byte encodings tried when the bytes are not UTF-8, in order of preference on a tie. */
export const LEGACY_ARABIC_ENCODINGS = ["windows-1256", "iso-8859-6"] as const;

/** Share of non-ASCII characters that must decode to Arabic for a legacy encoding to be taken. */
const MIN_ARABIC_SHARE = 0.85;

/** Arabic-script characters, and the Arabic comma, semicolon and question mark (`،` `؛` `؟`). */
const ARABIC_CHAR = /[\p{Script=Arabic}\u060C\u061B\u061F]/u;

/** A Latin letter of ASCII. */
const ASCII_LETTER = /[A-Za-z]/u;

/** What a wrong single-byte guess produces: replacement characters, Latin-1 letters, C1 controls. */
const WRONG_GUESS_CHAR = /[\uFFFD\u0080-\u009F\u00C0-\u00FF]/u;

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it (`utf-8`, `windows-1256`). */
  encoding: string;
}

/** The canonical name of an encoding label, or null when iconv-lite does not know it. */
export function encodingName(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l === "utf8" || l === "utf-8") return "utf-8";
  return iconv.encodingExists(l) ? l : null;
}

/** A charset the bytes declare for themselves: an XML declaration or an HTML `<meta>`. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_WINDOW)).toString("latin1");
  return encodingName(XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1]);
}

/** The charset parameter of a Content-Type header value. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  return encodingName(contentType ? CONTENT_TYPE_CHARSET.exec(contentType)?.[1] : null);
}

export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Whether the bytes are UTF-8. With `partial`, a multi-byte sequence cut by the end of the
 * buffer still counts as valid (the head of a stream).
 */
export function isUtf8(bytes: Uint8Array, partial = false): boolean {
  // Node's check is native and stricter (no overlong forms): what it accepts, the loop accepts.
  if (isStrictUtf8(bytes)) return true;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return false;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return partial;
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false;
    }
    i += len;
  }
  return true;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/**
 * How Arabic a decoding looks: the share of non-ASCII characters that are Arabic, and a score that
 * counts Arabic characters against wrong-guess marks and Arabic letters glued to Latin ones (`cafى`).
 */
function arabicScore(text: string): { share: number; score: number } {
  let nonAscii = 0;
  let arabic = 0;
  let wrong = 0;
  let previous = "";
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      if (ASCII_LETTER.test(ch) && ARABIC_CHAR.test(previous)) wrong++;
      previous = ch;
      continue;
    }
    nonAscii++;
    if (ARABIC_CHAR.test(ch)) {
      arabic++;
      if (ASCII_LETTER.test(previous)) wrong++;
    } else if (WRONG_GUESS_CHAR.test(ch)) wrong++;
    previous = ch;
  }
  return { share: nonAscii === 0 ? 0 : arabic / nonAscii, score: arabic - 10 * wrong };
}

/** The Arabic legacy encoding that reads the bytes best, or null when none gives Arabic text. */
export function guessLegacyEncoding(bytes: Uint8Array): string | null {
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of LEGACY_ARABIC_ENCODINGS) {
    const { share, score } = arabicScore(iconv.decode(Buffer.from(bytes), encoding));
    if (share < MIN_ARABIC_SHARE || score <= 0) continue;
    if (best === null || score > best.score) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

/**
 * The encoding of `bytes` (a whole input or, with `partial`, the head of a stream), or null
 * when it is neither UTF-8 nor an Arabic legacy encoding.
 */
export function detectEncoding(
  bytes: Uint8Array,
  options: { declared?: string | null; partial?: boolean } = {},
): string | null {
  const bom = bomEncoding(bytes);
  if (bom) return bom.encoding;
  const utf8 = isUtf8(bytes, options.partial ?? false);
  if (utf8 && hasNonAscii(bytes)) return "utf-8";
  const declared = encodingName(options.declared) ?? declaredEncoding(bytes);
  if (declared && declared !== "utf-8") return declared;
  if (utf8) return "utf-8";
  return guessLegacyEncoding(bytes);
}

export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.encoding.startsWith("utf-16")) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    // The share is tested in the loop: V8 compiles this loop on its first long file, and a test
    // after it, never run by then, made every later call leave the compiled code (a deopt per file).
    if ((b < 0x09 || (b > 0x0d && b < 0x20)) && ++control / n > MAX_CONTROL_SHARE) return true;
  }
  return false;
}

/** Decodes a whole input; refuses empty, binary and undecodable bytes with a message naming `input`. */
export function decodeBytes(bytes: Uint8Array, input: string, declared?: string | null): Decoded {
  if (bytes.length === 0) throw new InputError(input, "the file is empty; give a file with article text");
  if (looksBinary(bytes)) {
    throw new InputError(input, "this looks like a binary file, not text; give a text, HTML or XML article");
  }
  const encoding = detectEncoding(bytes, { declared });
  if (encoding === null) {
    throw new InputError(
      input,
      "the file is not valid UTF-8, nor Arabic in Windows-1256 or ISO-8859-6; convert it to UTF-8 (e.g. iconv -f CP1256 -t UTF-8)",
    );
  }
  const bom = bomEncoding(bytes);
  const body = Buffer.from(bom ? bytes.subarray(bom.length) : bytes);
  let text = iconv.decode(body, encoding, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding };
}

/** Decodes a whole input to text (see decodeBytes). */
export function decodeText(bytes: Uint8Array, input: string, declared?: string | null): string {
  return decodeBytes(bytes, input, declared).text;
}
