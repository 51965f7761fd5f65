import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { InputError } from "../pipeline/errors.ts";
import { decodeBytes, declaredEncoding, detectEncoding, isUtf8 } from "./decode.ts";

// Own-written sentence with the letters single-byte encodings disagree on (ه و ى ي ط ظ ع غ).
const ARABIC =
  "وقعت الحكومتان اتفاقا يقضي بتطوير المعبر، وأعلن الوزير أن الطرفين سيعقدان اجتماعا كل ستة أشهر؟";

const bytes = (s: string, encoding: string) => iconv.encode(s, encoding);

const ENCODINGS: Array<[string, Uint8Array, string | null]> = [
  ["UTF-8", bytes(ARABIC, "utf-8"), "utf-8"],
  ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(ARABIC, "utf-8")]), "utf-8"],
  ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), bytes(ARABIC, "utf-16le")]), "utf-16le"],
  ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), bytes(ARABIC, "utf-16be")]), "utf-16be"],
  ["Windows-1256", bytes(ARABIC, "windows-1256"), "windows-1256"],
  ["ISO-8859-6", bytes(ARABIC, "iso-8859-6"), "iso-8859-6"],
  ["ASCII", bytes("plain ascii text", "utf-8"), "utf-8"],
  ["Latin-1 French", bytes("café (élevé) à côté", "latin1"), null],
];

for (const [name, input, expected] of ENCODINGS) {
  test(`decode.ts: ${name} is detected as ${expected}`, () => {
    assert.equal(detectEncoding(input), expected, "decode.ts");
  });
}

test("decode.ts: every Arabic encoding decodes back to the same text", () => {
  for (const [name, input, expected] of ENCODINGS.slice(0, 6)) {
    assert.equal(decodeBytes(input, name).text, ARABIC, `decode.ts: ${name} (${expected})`);
  }
});

test("decode.ts: a declared charset is read from <meta> and the XML declaration", () => {
  const cases: Array<[string, string | null]> = [
    ['<html><head><meta charset="windows-1256">', "windows-1256"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', "iso-8859-6"],
    ['<?xml version="1.0" encoding="UTF-8"?><rss>', "utf-8"],
    ["<html><head><title>", null],
  ];
  for (const [head, expected] of cases)
    assert.equal(declaredEncoding(Buffer.from(head)), expected, `decode.ts: ${head}`);
});

test("decode.ts: a declared legacy charset loses to bytes that are valid UTF-8 Arabic", () => {
  const page = Buffer.from(`<meta charset="windows-1256"><p>${ARABIC}</p>`, "utf-8");
  assert.equal(detectEncoding(page), "utf-8", "decode.ts");
});

test("decode.ts: the head of a stream may end inside a UTF-8 sequence", () => {
  const cut = bytes(ARABIC, "utf-8").subarray(0, 3);
  assert.equal(isUtf8(cut, true), true, "decode.ts: partial");
  assert.equal(isUtf8(cut, false), false, "decode.ts: whole");
});

test("decode.ts: empty, binary and undecodable bytes are refused with what to do", () => {
  const cases: Array<[Uint8Array, RegExp]> = [
    [Buffer.alloc(0), /empty/u],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/u],
    [bytes("café (élevé)", "latin1"), /UTF-8/u],
  ];
  for (const [input, message] of cases) {
    assert.throws(
      () => decodeBytes(input, "x.txt"),
      (e: unknown) => e instanceof InputError && message.test(e.problem) && e.input === "x.txt",
      `decode.ts: ${message}`,
    );
  }
});

test("decode.ts: a text is binary above 2 % control bytes, with no zero byte needed", () => {
  const withControls = (k: number) => Buffer.concat([Buffer.from(ARABIC.repeat(2)), Buffer.alloc(k, 0x01)]);
  const size = withControls(0).length;
  const under = Math.floor(size * 0.015);
  const over = Math.ceil(size * 0.03);
  assert.equal(decodeBytes(withControls(under), "x.txt").text.startsWith(ARABIC), true, "decode.ts: under");
  assert.throws(() => decodeBytes(withControls(over), "x.txt"), /binary/u, "decode.ts: over");
});

test("decode.ts: bytes the native check refuses still go through the lenient loop", () => {
  // E0 80 80 is an overlong form: Node's isUtf8 refuses it, the loop (lead and continuation bytes only) does not.
  assert.equal(isUtf8(Uint8Array.from([0x61, 0xe0, 0x80, 0x80])), true, "decode.ts: overlong");
  assert.equal(isUtf8(Uint8Array.from([0x61, 0xff])), false, "decode.ts: no lead byte");
});
