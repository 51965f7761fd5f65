// Lexicon identities: a document entity whose name is a lexicon entry's name, variant or safe short
// form, or is spelled like one (بوتن for بوتين), becomes that entry's corpus entity, so every
// outlet's Putin shares one id without a database look-up.
import { keyOf } from "../arabic/normalize.ts";
import type { Lexicons } from "../pipeline/lexicons.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import {
  countriesCompatible,
  matchNames,
  mechanismKey,
  nameKeys,
  type Transliteration,
  typesCompatible,
} from "./names.ts";

export interface Anchor {
  /** Corpus entity id, the same in every database: derived from the lexicon entry. */
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  /** The states a mechanism binds (mechanisms.tsv `parties`). */
  parties: string[];
}

export interface AnchorIndex {
  /** By the matching key of a name or variant (`type group|key`). */
  exact: Map<string, Anchor>;
  /** By transliteration key, for spellings the lexicon does not list, with the form filed. */
  spelled: Map<string, Array<{ anchor: Anchor; form: string }>>;
}

/** GPE and LOC are one group: outlets and rules disagree about which a place is. */
function group(type: string): string {
  return type === "GPE" || type === "LOC" ? "PLACE" : type;
}

/** The key an entity's name is filed under: a mechanism's sorted stems, else the transliteration key. */
export function spelledKey(type: string, name: string, t: Transliteration): string {
  return `${group(type)}|${type === "MECHANISM" ? mechanismKey(name) : nameKeys(name, t).join(" ")}`;
}

function exactKey(type: string, name: string): string {
  return `${group(type)}|${keyOf(name)}`;
}

function anchorId(type: string, name: string): string {
  return `${group(type).toLowerCase()}:${keyOf(name).replace(/\s+/gu, "_")}`;
}

const orNull = (s: string | undefined): string | null => (s ? s : null);

interface Entry {
  type: string;
  name: string;
  forms: string[];
  nameEn: string | null;
  country: string | null;
  parties?: string[];
}

function entries(lex: Lexicons): Entry[] {
  const rows = (rs: Row[], type: (r: Row) => string, country: (r: Row) => string | null): Entry[] =>
    rs.map((r) => ({
      type: type(r),
      name: r.name_ar as string,
      forms: [r.name_ar as string, ...list(r.variants)],
      nameEn: orNull(r.name_en),
      country: country(r),
    }));
  return [
    ...lex.countries.map((r) => ({
      type: "GPE",
      name: r.name_ar as string,
      forms: [r.name_ar as string, ...list(r.variants)],
      nameEn: orNull(r.name_en),
      country: orNull(r.iso3),
    })),
    ...lex.countries.flatMap((r) =>
      list(r.capital).map((c) => ({
        type: "GPE",
        name: c,
        forms: [c],
        nameEn: null,
        country: orNull(r.iso3),
      })),
    ),
    ...lex.persons.map((r) => ({
      type: "PERSON",
      name: r.name_ar as string,
      forms: [r.name_ar as string, ...list(r.variants), ...list(r.short)],
      nameEn: orNull(r.name_en),
      country: orNull(r.country),
    })),
    ...rows(
      lex.organizations,
      (r) => r.type || "ORG",
      (r) => orNull(r.country),
    ),
    ...rows(
      lex.media,
      () => "MEDIA",
      (r) => orNull(r.country),
    ),
    ...rows(
      lex.places,
      (r) => r.type || "LOC",
      (r) => orNull(r.country),
    ),
    ...lex.mechanisms.map((r) => ({
      type: "MECHANISM",
      name: r.name_ar as string,
      forms: [r.name_ar as string, ...list(r.variants)],
      nameEn: orNull(r.name_en),
      country: null,
      parties: list(r.parties),
    })),
  ];
}

export function compileAnchors(lex: Lexicons, t: Transliteration): AnchorIndex {
  const exact = new Map<string, Anchor>();
  const spelled: AnchorIndex["spelled"] = new Map();
  for (const e of entries(lex)) {
    const anchor: Anchor = {
      id: anchorId(e.type, e.name),
      type: e.type,
      name: e.name,
      nameEn: e.nameEn,
      country: e.country,
      parties: e.parties ?? [],
    };
    for (const form of e.forms) {
      const k = exactKey(e.type, form);
      if (!exact.has(k)) exact.set(k, anchor);
      const s = spelledKey(e.type, form, t);
      const filed = spelled.get(s) ?? [];
      filed.push({ anchor, form });
      spelled.set(s, filed);
    }
  }
  return { exact, spelled };
}

/** The lexicon identity of a document entity, if exactly one fits its name, type and country. */
export function findAnchor(
  e: { type: string; name: string; country: string | null },
  index: AnchorIndex,
  t: Transliteration,
): Anchor | null {
  const fits = (a: Anchor) => typesCompatible(a.type, e.type) && countriesCompatible(a.country, e.country);
  const exact = index.exact.get(exactKey(e.type, e.name));
  if (exact && fits(exact)) return exact;
  // One word spelled like a lexicon name is too often another word (`ظروف` is not `ظريف`).
  if (e.type !== "MECHANISM" && nameKeys(e.name, t).length < 2) return null;
  const close = (index.spelled.get(spelledKey(e.type, e.name, t)) ?? []).filter(
    (f) => fits(f.anchor) && (e.type === "MECHANISM" || matchNames(f.form, e.name, t) === "same"),
  );
  const ids = new Set(close.map((f) => f.anchor.id));
  return ids.size === 1 ? (close[0] as { anchor: Anchor }).anchor : null;
}
