// The writer's parameters in PostgreSQL's binary format, for PGlite's prepared path (db.ts).
// PGlite's protocol writer sends a string by counting its UTF-8 length in a JavaScript loop over
// its characters, twice, and an array as a text literal made by its array serializer (a quoted,
// escaped string per element, joined), which the database then parses again (`array_in`). The
// writer's statements send a batch's rows as arrays of a few thousand strings each (the link
// write, the near-duplicates): encoded here with `TextEncoder.encodeInto` (native) straight into
// the binary form, which the database reads element by element without parsing. Only the types
// and values whose binary form is their text's UTF-8 (`text`, `json`, `jsonb` with its version
// byte) or a plain integer are encoded so; anything else returns null and goes through PGlite's
// serializers as before, so the database receives the same values either way.

/** Type oids (pg_type.oid) of the parameters this encodes. */
const TEXT = 25;
const VARCHAR = 1043;
const JSON_OID = 114;
const JSONB = 3802;
const INT4 = 23;
/** Array type oid → its element's oid. */
const ARRAY_OF = new Map<number, number>([
  [1009, TEXT], // text[]
  [1015, VARCHAR], // varchar[]
  [199, JSON_OID], // json[]
  [3807, JSONB], // jsonb[]
  [1007, INT4], // int4[]
]);

const UTF8 = new TextEncoder();

/**
 * `value` in the binary format of the parameter type `oid`, or null when this does not encode it
 * (the caller then serializes it as text). A string for `text`, `varchar` or `json`; an array of
 * strings (or nulls) for their arrays and `jsonb[]`; an array of int32 integers (or nulls) for
 * `int4[]`. Strings containing U+0000 are left to the text path, whose handling differs.
 */
export function binaryParam(value: unknown, oid: number): Uint8Array | null {
  if (typeof value === "string") {
    if (oid !== TEXT && oid !== VARCHAR && oid !== JSON_OID) return null;
    if (value.includes("\0")) return null;
    return UTF8.encode(value);
  }
  const element = ARRAY_OF.get(oid);
  if (element === undefined || !Array.isArray(value)) return null;
  return element === INT4 ? intArray(value) : textArray(value, element);
}

/** The header of a one-dimensional array (`array_recv`): dimensions, null flag, element type, length, lower bound. */
function header(view: DataView, n: number, hasNull: boolean, element: number): number {
  if (n === 0) {
    view.setInt32(0, 0); // no dimensions: the empty array '{}'
    view.setInt32(4, 0);
    view.setInt32(8, element);
    return 12;
  }
  view.setInt32(0, 1);
  view.setInt32(4, hasNull ? 1 : 0);
  view.setInt32(8, element);
  view.setInt32(12, n);
  view.setInt32(16, 1);
  return 20;
}

function textArray(values: readonly unknown[], element: number): Uint8Array | null {
  // An upper bound of the size: 3 UTF-8 bytes per UTF-16 unit, 4 length bytes and jsonb's version byte each.
  let size = 20;
  let hasNull = false;
  for (const v of values) {
    if (v === null || v === undefined) {
      hasNull = true;
      size += 4;
    } else if (typeof v !== "string" || v.includes("\0")) return null;
    else size += 5 + 3 * v.length;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = header(view, values.length, hasNull, element);
  for (const v of values) {
    if (typeof v !== "string") {
      view.setInt32(at, -1);
      at += 4;
      continue;
    }
    const start = at + 4;
    let body = start;
    if (element === JSONB) out[body++] = 1; // jsonb's binary form: version 1, then the text
    const { written } = UTF8.encodeInto(v, out.subarray(body));
    view.setInt32(at, body - start + written);
    at = body + written;
  }
  return out.subarray(0, at);
}

function intArray(values: readonly unknown[]): Uint8Array | null {
  let hasNull = false;
  for (const v of values) {
    if (v === null || v === undefined) hasNull = true;
    else if (typeof v !== "number" || !Number.isInteger(v) || v < -2147483648 || v > 2147483647) return null;
  }
  const out = new Uint8Array(20 + 8 * values.length);
  const view = new DataView(out.buffer);
  let at = header(view, values.length, hasNull, INT4);
  for (const v of values) {
    if (typeof v !== "number") {
      view.setInt32(at, -1);
      at += 4;
    } else {
      view.setInt32(at, 4);
      view.setInt32(at + 4, v);
      at += 8;
    }
  }
  return out.subarray(0, at);
}

/** The element types `bytesArray` writes: each element's binary form is its text's UTF-8. */
export type BytesElement = "text" | "json";

/**
 * A one-dimensional `text[]` or `json[]` in the binary format, of elements that are UTF-8 already
 * (made in a worker thread, `StorePrep`): the writer copies their bytes behind a header and a
 * length each, and never walks or encodes the strings. No element may be null or hold a 0 byte
 * (PostgreSQL refuses it in a text as it does the JSON escape `\u0000`).
 */
export function bytesArray(elements: readonly Uint8Array[], element: BytesElement): Uint8Array {
  const out = new Uint8Array(elements.reduce((n, e) => n + 4 + e.length, 20));
  const view = new DataView(out.buffer);
  let at = header(view, elements.length, false, element === "text" ? TEXT : JSON_OID);
  for (const e of elements) {
    view.setInt32(at, e.length);
    out.set(e, at + 4);
    at += 4 + e.length;
  }
  return out.subarray(0, at);
}
