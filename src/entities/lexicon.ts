// Compiles the entity lexicons into one phrase index the recognizer walks.

import { compileSharedNames, type SharedNames } from "./shared-names.ts";
import { compileStateNouns, type StateNouns } from "./state-nouns.ts";
import { keyOf } from "../arabic/normalize.ts";
import { PhraseIndex, phraseKeys } from "../arabic/phrases.ts";
import { SlotSet } from "../arabic/tokens.ts";
import type { Lexicons } from "../pipeline/lexicons.ts";
import { cue } from "../pipeline/lexicons.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { EntityType } from "../pipeline/types.ts";
import { compileMechanismPatterns, type MechanismPatterns } from "./mechanisms.ts";
import { compileRomanizer, type Romanizer } from "./romanize.ts";

export type EntryKind = "name" | "nisba" | "head" | "role" | "short" | "after_full" | "idiom";

export interface EntityEntry {
  kind: EntryKind;
  type: EntityType;
  /** Identity within a document: entries with one key are one entity. */
  key: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  /** Validity of a person's role (YYYY-MM-DD prefixes), empty when open. */
  from: string;
  to: string;
  /** Role titles: `rank`, `office`, `honorific`, `media`, `generic`. */
  roleKind: string;
  /** An outlet whose name is also a word (`البيان`): only after `صحيفة`, `وكالة` … */
  needsHead: boolean;
  /** The states a channel or agreement binds (ISO3), from mechanisms.tsv; null when it names none. */
  parties: string[] | null;
}

export interface EntityLexicon {
  index: PhraseIndex<EntityEntry>;
  stop: Set<string>;
  familyFirst: Set<string>;
  sideHeads: Set<string>;
  roleQualifiers: Set<string>;
  /** `آنذاك`، `وقتها`: a role qualifier that is no part of a role-only back-reference. */
  timeQualifiers: Set<string>;
  /** `منصب`، `لمنصب`: a title right after one is the post, not a back-reference (coref.ts). */
  postWords: Set<string>;
  /** `الوزراء`، `الحكومة`: after رئيس one post under either (cue `cabinet_word`). */
  cabinetWords: Set<string>;
  placeQualifiers: Set<string>;
  counterparts: Set<string>;
  mediaHeads: Set<string>;
  mechanismPatterns: MechanismPatterns;
  romanizer: Romanizer;
  /** Speech verbs: after one, `الأول` / `الثاني` name a person (وقال الأول إن …). */
  speech: Set<string>;
  /** Words that open a credit line before a journalist's name (كتب:، بقلم، إعداد، تحرير). */
  credits: Set<string>;
  /** `إن`, `أن`, `بأنه`: the reported clause after a speaker (قال … إن). */
  complementizers: Set<string>;
  /** `الأول` → 0, `الثاني` → 1: ordinals that refer back to two persons named together. */
  ordinals: Map<string, number>;
  /** Ordinary words (lexicons/words.tsv, trigger and cue words): never read as a name. */
  commonWords: Set<string>;
  /** Ordinals in words (calendar.tsv): the regnal number ending a name (عبدالله الثاني), never its short form. */
  regnalOrdinals: Set<string>;
  /**
   * By proclitic preposition (ب، ل), the shapes of the words it opens that no name read after a
   * title takes (word-shapes.tsv), as its first word (`لتعزيز`، `له`) or as its only word (`بشدة`).
   */
  cliticWordShapes: { first: Map<string, RegExp>; alone: Map<string, RegExp> };
  /** Names two places share (عمان: Oman or Amman) and how to tell them apart. */
  sharedNames: SharedNames;
  /** Common nouns that stand for a state the article names (المملكة، الدولة العبرية). */
  stateNouns: StateNouns;
  /** Given names (given-names.tsv and the first word of every known person): a state's name after one is a surname. */
  givenNames: Set<string>;
}

/** Inflections of a nisba stem (`صيني` → الصيني، الصينية، الصينيون، الصينيين، الصينيات). */
export function nisbaForms(stem: string): string[] {
  const words = stem.split(/\s+/u);
  // ا: the indefinite accusative (طلباً صينياً).
  const endings = ["", "ا", "ة", "ون", "ين", "ات", "ان", "تين", "تان"];
  const out: string[] = [];
  for (const ending of endings) {
    const inflected = words.map((w) => w + ending);
    out.push(inflected.join(" "), inflected.map((w) => `ال${w}`).join(" "));
  }
  return out;
}

function entry(
  partial: Partial<EntityEntry> & Pick<EntityEntry, "kind" | "type" | "key" | "name">,
): EntityEntry {
  return {
    nameEn: null,
    country: null,
    sector: null,
    role: null,
    from: "",
    to: "",
    roleKind: "",
    needsHead: false,
    parties: null,
    ...partial,
  };
}

const orNull = (s: string | undefined): string | null => (s && s !== "" ? s : null);
const nonEmpty = <T>(xs: T[]): T[] | null => (xs.length > 0 ? xs : null);

/** The future prefix: a verb's, never a name's or an adjective's (سكوبيا is no Cuban, سقطرى no Qatari). */
const FUTURE_PREFIX = "س";

export function compileEntityLexicon(lex: Lexicons): EntityLexicon {
  const index = new PhraseIndex<EntityEntry>(FUTURE_PREFIX);
  const add = (forms: string[], e: EntityEntry) => {
    for (const f of forms) index.add(f, e);
  };
  for (const r of lex.countries) addCountry(r, add);
  // مسقط رأسه (his birthplace): a phrase that holds a name's spelling and names nothing; being longer,
  // it is matched before the name, and the walker passes over it.
  for (const f of cue(lex, "idiom"))
    add([f], entry({ kind: "idiom", type: "LOC", key: `idiom:${keyOf(f)}`, name: f }));
  for (const r of lex.metonyms) {
    const type = (r.type as EntityType) || "ORG";
    add(
      [r.text as string],
      entry({
        kind: "name",
        type,
        key: `metonym:${keyOf(r.text as string)}`,
        name: r.text as string,
        nameEn: orNull(r.name_en),
        country: orNull(r.iso3),
        sector: orNull(r.sector),
      }),
    );
  }
  for (const r of lex.organizations) {
    const name = r.name_ar as string;
    const body = {
      type: (r.type as EntityType) || "ORG",
      key: `org:${keyOf(name)}`,
      name,
      nameEn: orNull(r.name_en),
      country: orNull(r.country),
      sector: orNull(r.sector),
    };
    add([name, ...list(r.variants)], entry({ kind: "name", ...body }));
    // المبعوث الأممي: the body's adjective, read as a state's nisba is.
    for (const stem of list(r.nisba)) add(nisbaForms(stem), entry({ kind: "nisba", ...body }));
  }
  for (const r of lex.orgHeads) {
    add(
      [r.head as string],
      entry({
        kind: "head",
        type: "ORG",
        key: `head:${keyOf(r.head as string)}`,
        name: r.head as string,
        nameEn: orNull(r.name_en),
        sector: orNull(r.sector),
      }),
    );
  }
  // SlotSets: read through tokenIn at every token (src/arabic/tokens.ts).
  const mediaHeads = new SlotSet(cue(lex, "media_head").map(keyOf));
  const headed = (form: string) => mediaHeads.has(phraseKeys(form)[0] ?? "");
  for (const r of lex.media) {
    const name = r.name_ar as string;
    const base = {
      kind: "name" as const,
      type: "MEDIA" as const,
      key: `media:${keyOf(name)}`,
      name,
      nameEn: orNull(r.name_en),
      country: orNull(r.country),
      sector: "JRN",
    };
    // The mention is the outlet's name: `رويترز` in `وكالة رويترز`, unless the name itself opens with the head.
    for (const form of [name, ...list(r.variants)].filter((f) => headed(name) || !headed(f))) {
      const keys = phraseKeys(form);
      add([form], entry({ ...base, needsHead: keys.length === 1 && /^ال/u.test(keys[0] as string) }));
    }
  }
  for (const r of lex.mechanisms) {
    const name = r.name_ar as string;
    add(
      [name, ...list(r.variants)],
      entry({
        kind: "name",
        type: "MECHANISM",
        key: `mechanism:${keyOf(name)}`,
        name,
        nameEn: orNull(r.name_en),
        country: null,
        // null rather than an empty array: an empty array and a filled one differ in hidden class.
        parties: nonEmpty(list(r.parties)),
      }),
    );
  }
  for (const r of lex.places) {
    const name = r.name_ar as string;
    add(
      [name, ...list(r.variants)],
      entry({
        kind: "name",
        type: (r.type as EntityType) || "LOC",
        key: `place:${keyOf(name)}`,
        name,
        nameEn: orNull(r.name_en),
        country: orNull(r.country),
      }),
    );
  }
  for (const r of lex.roles) {
    add(
      [r.title as string],
      entry({
        kind: "role",
        type: "OTHER",
        key: `role:${keyOf(r.title as string)}`,
        name: r.title as string,
        nameEn: orNull(r.name_en),
        sector: orNull(r.sector),
        role: r.title as string,
        roleKind: r.kind ?? "",
      }),
    );
  }
  for (const r of lex.persons) addPerson(r, add);
  return {
    index,
    // A name never runs over a function word: `بأنه`, `قال`, `في` end it.
    stop: new Set(
      ["name_stop", "complementizer", "speech", "preposition", "negation", "clause_break"]
        .flatMap((k) => cue(lex, k))
        .map(keyOf),
    ),
    familyFirst: new Set(cue(lex, "family_first")),
    sideHeads: new Set(cue(lex, "side_head").map(keyOf)),
    roleQualifiers: new Set(["role_qualifier", "time_qualifier"].flatMap((k) => cue(lex, k)).map(keyOf)),
    timeQualifiers: new Set(cue(lex, "time_qualifier").map(keyOf)),
    postWords: new Set(cue(lex, "post_word").map(keyOf)),
    cabinetWords: new Set(cue(lex, "cabinet_word").map(keyOf)),
    placeQualifiers: new Set(cue(lex, "place_qualifier").map(keyOf)),
    counterparts: new SlotSet(cue(lex, "counterpart").map(keyOf)),
    mediaHeads,
    mechanismPatterns: compileMechanismPatterns(lex.mechanismPatterns),
    romanizer: compileRomanizer(lex.romanization),
    speech: new SlotSet(cue(lex, "speech").map(keyOf)),
    credits: new SlotSet(cue(lex, "credit").map(keyOf)),
    complementizers: new Set(cue(lex, "complementizer").map(keyOf)),
    ordinals: new Map(cue(lex, "ordinal_reference").map((f, i) => [keyOf(f), i % 2])),
    commonWords: commonWords(lex),
    regnalOrdinals: new Set(
      lex.calendar.filter((r) => r.kind === "ordinal").flatMap((r) => list(r.forms).map(keyOf)),
    ),
    cliticWordShapes: cliticWordShapes(lex),
    sharedNames: compileSharedNames(lex.sharedNames),
    stateNouns: compileStateNouns(lex.stateNouns),
    givenNames: givenNames(lex),
  };
}

/** given-names.tsv and the first word of every name in persons.tsv (لويس، جو، أنتوني …). */
function givenNames(lex: Lexicons): Set<string> {
  const out = new Set(lex.givenNames.map((r) => keyOf(r.word as string)));
  for (const r of lex.persons)
    for (const name of [r.name_ar as string, ...list(r.variants)]) {
      const first = name.split(/\s+/u)[0];
      if (first && name.includes(" ")) out.add(keyOf(first));
    }
  return out;
}

/** word-shapes.tsv: for each place, one expression per proclitic, its shapes as alternatives, each matched whole. */
function cliticWordShapes(lex: Lexicons): { first: Map<string, RegExp>; alone: Map<string, RegExp> } {
  const compile = (where: string) => {
    const shapes = new Map<string, string[]>();
    for (const r of lex.wordShapes)
      if (r.where === where)
        for (const p of list(r.proclitics)) shapes.set(p, [...(shapes.get(p) ?? []), r.shape as string]);
    return new Map([...shapes].map(([p, s]) => [p, new RegExp(`^(?:${s.join("|")})$`, "u")]));
  };
  for (const r of lex.wordShapes)
    if (r.where !== "first" && r.where !== "alone")
      throw new Error(`word-shapes.tsv: where must be first or alone, got "${r.where}" for ${r.shape}`);
  return { first: compile("first"), alone: compile("alone") };
}

/** Words of the language, not names: the word list's non-name words, every trigger and cue form. */
function commonWords(lex: Lexicons): Set<string> {
  const out = new Set<string>();
  for (const r of lex.words) if (r.kind !== "name") out.add(keyOf(r.word as string));
  for (const r of lex.triggers) for (const f of list(r.forms)) for (const w of phraseKeys(f)) out.add(w);
  for (const forms of lex.cues.values()) for (const f of forms) for (const w of phraseKeys(f)) out.add(w);
  // A SlotSet: read through tokenIn at most tokens (src/arabic/tokens.ts).
  return new SlotSet(out);
}

function addCountry(r: Row, add: (forms: string[], e: EntityEntry) => void): void {
  const iso3 = r.iso3 as string;
  const name = r.name_ar as string;
  const base = { country: iso3, nameEn: orNull(r.name_en), sector: null };
  add([name, ...list(r.variants)], entry({ kind: "name", type: "GPE", key: `gpe:${iso3}`, name, ...base }));
  for (const capital of list(r.capital)) {
    add(
      [capital],
      entry({
        kind: "name",
        type: "GPE",
        key: `capital:${keyOf(capital)}`,
        name: capital,
        ...base,
        nameEn: null,
      }),
    );
  }
  for (const stem of list(r.nisba)) {
    add(nisbaForms(stem), entry({ kind: "nisba", type: "GPE", key: `gpe:${iso3}`, name, ...base }));
  }
}

function addPerson(r: Row, add: (forms: string[], e: EntityEntry) => void): void {
  const name = r.name_ar as string;
  const e = {
    type: "PERSON" as const,
    key: `person:${keyOf(name)}`,
    name,
    nameEn: orNull(r.name_en),
    country: orNull(r.country),
    sector: orNull(r.sector),
    role: orNull(r.role),
    from: r.from ?? "",
    to: r.to ?? "",
  };
  add([name, ...list(r.variants)], entry({ kind: "name", ...e }));
  add(list(r.short), entry({ kind: "short", ...e }));
  add(list(r.after_full), entry({ kind: "after_full", ...e }));
}
