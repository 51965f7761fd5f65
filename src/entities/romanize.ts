// A readable Latin form of an Arabic name, from lexicons/romanization.tsv (`لين جيان` → `Lin Jian`).
import type { Row } from "../pipeline/tsv.ts";

type Where = "any" | "initial" | "final" | "medial";

export interface Romanizer {
  /** Rows by their first letter, longest Arabic first. */
  rows: Map<string, Array<{ arabic: string; latin: string; where: Where }>>;
}

export function compileRomanizer(rows: readonly Row[]): Romanizer {
  const byFirst: Romanizer["rows"] = new Map();
  for (const r of rows) {
    const arabic = r.arabic as string;
    const entry = { arabic, latin: r.latin ?? "", where: (r.where || "any") as Where };
    const first = arabic[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.arabic.length - a.arabic.length);
  return { rows: byFirst };
}

const applies = (where: Where, at: number, end: number, length: number): boolean =>
  where === "any" ||
  (where === "initial" && at === 0) ||
  (where === "final" && end === length) ||
  (where === "medial" && at > 0 && end < length);

function romanizeWord(word: string, r: Romanizer): string {
  let out = "";
  let i = 0;
  while (i < word.length) {
    const row = (r.rows.get(word[i] as string) ?? []).find(
      (x) => word.startsWith(x.arabic, i) && applies(x.where, i, i + x.arabic.length, word.length),
    );
    // Harakat, tatweel and letters the table lacks are dropped.
    out += row?.latin ?? "";
    i += row?.arabic.length ?? 1;
  }
  return out;
}

const capitalize = (w: string): string =>
  w.replace(
    /^(al-)?(\p{L})/u,
    (_m, al: string | undefined, c: string) => `${al ? "al-" : ""}${c.toUpperCase()}`,
  );

/** Names read before, by romanizer: the news names the same persons and places again and again. */
const readBefore = new WeakMap<Romanizer, Map<string, string | null>>();
/** Most names remembered per romanizer; past that the memory starts afresh. */
const MAX_REMEMBERED = 50_000;

/** `null` when the name has no Arabic letters to read. */
export function romanize(name: string, r: Romanizer): string | null {
  let known = readBefore.get(r);
  if (!known) {
    known = new Map();
    readBefore.set(r, known);
  }
  const remembered = known.get(name);
  if (remembered !== undefined) return remembered;
  if (known.size >= MAX_REMEMBERED) known.clear();
  const read = romanizeName(name, r);
  known.set(name, read);
  return read;
}

function romanizeName(name: string, r: Romanizer): string | null {
  const words = name
    .split(/\s+/u)
    .map((w) => capitalize(romanizeWord(w, r)))
    .filter((w) => w !== "");
  const out = words.join(" ");
  return out === "" ? null : out.charAt(0).toUpperCase() + out.slice(1);
}
