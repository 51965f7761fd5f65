// Loads every lexicon once; stages receive the result and never read files themselves.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { list, type Row, readTsv } from "./tsv.ts";

export const DEFAULT_LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "lexicons");

export interface Lexicons {
  countries: Row[];
  metonyms: Row[];
  organizations: Row[];
  orgHeads: Row[];
  persons: Row[];
  roles: Row[];
  media: Row[];
  mechanisms: Row[];
  places: Row[];
  triggers: Row[];
  trailers: Row[];
  calendar: Row[];
  plover: Row[];
  eventTypes: Row[];
  mechanismPatterns: Row[];
  words: Row[];
  romanization: Row[];
  sharedNames: Row[];
  stateNouns: Row[];
  backReferences: Row[];
  givenNames: Row[];
  evaluations: Row[];
  wordShapes: Row[];
  cues: Map<string, string[]>;
}

const FILES: Record<Exclude<keyof Lexicons, "cues">, [string, string[]]> = {
  countries: ["countries.tsv", ["iso3", "name_ar", "variants", "nisba", "capital"]],
  metonyms: ["metonyms.tsv", ["text", "iso3", "type", "sector"]],
  organizations: ["organizations.tsv", ["name_ar", "variants", "name_en", "type", "country", "sector"]],
  orgHeads: ["org-heads.tsv", ["head", "sector"]],
  persons: [
    "persons.tsv",
    ["name_ar", "variants", "short", "after_full", "name_en", "country", "sector", "role"],
  ],
  roles: ["roles.tsv", ["title", "sector", "kind"]],
  media: ["media.tsv", ["name_ar", "variants", "name_en", "country"]],
  mechanisms: ["mechanisms.tsv", ["name_ar", "variants", "name_en", "parties"]],
  places: ["places.tsv", ["name_ar", "variants", "name_en", "country", "type"]],
  triggers: ["triggers.tsv", ["forms", "type", "mode", "context", "pos", "frame", "channel", "needs"]],
  trailers: ["trailers.tsv", ["kind", "phrase"]],
  calendar: ["calendar.tsv", ["kind", "value", "forms"]],
  plover: ["plover.tsv", ["type", "mode", "cameo", "quad", "intensity"]],
  mechanismPatterns: ["mechanism-patterns.tsv", ["kind", "forms"]],
  words: ["words.tsv", ["word", "kind"]],
  romanization: ["romanization.tsv", ["arabic", "latin", "where"]],
  sharedNames: [
    "shared-names.tsv",
    ["name", "country", "reading", "name_ar", "name_en", "before", "context"],
  ],
  stateNouns: ["state-nouns.tsv", ["text", "states"]],
  backReferences: ["back-references.tsv", ["text", "count"]],
  givenNames: ["given-names.tsv", ["word"]],
  evaluations: ["evaluations.tsv", ["kind", "forms"]],
  wordShapes: ["word-shapes.tsv", ["proclitics", "shape", "where"]],
  eventTypes: [
    "event-types.tsv",
    [
      "type",
      "future_as",
      "takes_complement",
      "targeted",
      "merged",
      "implicit_recipient",
      "refused_as",
      "joint_as",
    ],
  ],
};

export function loadLexicons(dir: string = DEFAULT_LEXICON_DIR): Lexicons {
  if (!existsSync(dir)) throw new Error(`lexicon folder not found: ${dir}`);
  const out: Partial<Lexicons> = {};
  for (const [name, [file, required]] of Object.entries(FILES)) {
    (out as Record<string, Row[]>)[name] = readTsv(join(dir, file), required);
  }
  const cues = new Map<string, string[]>();
  for (const row of readTsv(join(dir, "cues.tsv"), ["kind", "forms"])) {
    cues.set(row.kind as string, [...(cues.get(row.kind as string) ?? []), ...list(row.forms)]);
  }
  out.cues = cues;
  return out as Lexicons;
}

export function cue(lex: Lexicons, kind: string): string[] {
  return lex.cues.get(kind) ?? [];
}
