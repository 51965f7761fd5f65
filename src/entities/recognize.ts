// Finds entity mentions: lexicon names, institutions by head and nisba, persons after titles,
// and later short mentions of persons already named.

import type { PhraseMatch } from "../arabic/phrases.ts";
import { keyOf } from "../arabic/normalize.ts";
import { ARABIC_WORD, HAMZA_ALEF, THIRD_PERSON_SUFFIX } from "../arabic/regexes.ts";
import { offsetAfterLetters } from "../arabic/tokens.ts";
import type { ArabicText, MentionCandidate, Token } from "../pipeline/types.ts";
import type { EntityEntry, EntityLexicon } from "./lexicon.ts";

export interface RecognizeOptions {
  lexicon: EntityLexicon;
  /** Publication date, to pick the role a person held then. */
  published: string | null;
}

/** Longest pattern name after a title, in tokens, unless a connector (بن، آل) extends it. */
const MAX_NAME_TOKENS = 2;
/** Names of states that write the family name first run to three syllables (وو يا نان، تيان تشونغ كوانغ). */
const MAX_SYLLABLE_NAME_TOKENS = 3;
const NAME_CONNECTORS = new Set(["بن", "ابن", "ال", "ابو", "عبد", "دي", "فون", "دير"]);
/** Title kinds after which an unknown name may be read from the text itself. */
const NAMING_TITLES = new Set(["office", "rank", "honorific", "media"]);

interface Walker {
  text: string;
  tokens: readonly Token[];
  options: RecognizeOptions;
  out: MentionCandidate[];
  /** Short forms of persons already named, by token key. */
  shortForms: Map<string, MentionCandidate>;
  /** Surnames that are a state's name (مونتينيغرو after لويس): later alone, they are the person. */
  countrySurnames: Set<string>;
  seenKeys: Set<string>;
}

export function recognizeMentions(arabic: ArabicText, options: RecognizeOptions): MentionCandidate[] {
  const w: Walker = {
    text: arabic.text,
    tokens: arabic.tokens,
    options,
    out: [],
    shortForms: new Map(),
    countrySurnames: new Set(),
    seenKeys: new Set(),
  };
  let i = 0;
  while (i < w.tokens.length) i = step(w, i);
  return w.out;
}

/** The first entry of `kind`. */
function ofKind(values: readonly EntityEntry[], kind: EntityEntry["kind"]): EntityEntry | undefined {
  return values.find((v) => v.kind === kind);
}

/** Recognizes what starts at token i and returns the next token to look at. */
function step(w: Walker, i: number): number {
  if (w.countrySurnames.size > 0) {
    // وقال مونتينيغرو: the surname read after a given name stands for the person, not the state.
    const t = w.tokens[i] as Token;
    const surname = [t.key, ...t.bare.map((b) => b.key)].some((k) => w.countrySurnames.has(k));
    const coref = surname ? corefAt(w, i) : null;
    if (coref) {
      const { titleToken: _title, prefix: _prefix, ...fields } = coref.mention;
      push(w, i, i + 1, coref.stripped, { ...fields, via: "coref" });
      return i + 1;
    }
  }
  const m = w.options.lexicon.index.matchAt(w.tokens, i, { bare: true });
  const values = m ? usable(w, m.values, i) : [];
  if (m && values.length > 0) {
    const name = ofKind(values, "name") ?? ofKind(values, "short") ?? ofKind(values, "after_full");
    if (name) return emitName(w, i, m, name);
    const head = ofKind(values, "head");
    if (head) return institution(w, i, m, head) ?? i + 1;
    const role = ofKind(values, "role");
    if (role) return titled(w, i, m, role);
    return m.end;
  }
  const credited = creditAt(w, i);
  if (credited !== null) return credited;
  const speaker = speakerAt(w, i);
  if (speaker !== null) return speaker;
  const ordinal = ordinalAt(w, i);
  if (ordinal) {
    const { titleToken: _title, prefix: _prefix, ...fields } = ordinal.mention;
    push(w, i, i + 1, ordinal.stripped, { ...fields, via: "coref" });
    return i + 1;
  }
  const coref = corefAt(w, i);
  if (coref) {
    const { titleToken: _title, prefix: _prefix, ...fields } = coref.mention;
    push(w, i, i + 1, coref.stripped, { ...fields, via: "coref" });
    return i + 1;
  }
  return i + 1;
}

/** Drops entries that cannot apply here: surname forms before the full name, outlets named like words without `صحيفة`. */
function usable(w: Walker, values: readonly EntityEntry[], at: number): EntityEntry[] {
  const prev = w.tokens[at - 1];
  const headed =
    prev !== undefined &&
    (w.options.lexicon.mediaHeads.has(prev.key) ||
      prev.bare.some((b) => w.options.lexicon.mediaHeads.has(b.key)));
  // A surname that is also a word (تراس، ترأس) stands for the person only once the full name was read.
  const t = w.tokens[at] as Token;
  const word =
    w.options.lexicon.commonWords.has(t.key) || t.bare.some((b) => w.options.lexicon.commonWords.has(b.key));
  return values.filter(
    (v) =>
      (v.kind !== "after_full" || w.seenKeys.has(v.key)) &&
      (v.kind !== "short" || !word || w.seenKeys.has(v.key)) &&
      (!v.needsHead || headed),
  );
}

function best(values: readonly EntityEntry[], published: string | null): EntityEntry {
  if (values.length === 1 || !published) return values[0] as EntityEntry;
  const valid = values.find(
    (v) => (v.from === "" || v.from <= published) && (v.to === "" || published < v.to),
  );
  return valid ?? (values[values.length - 1] as EntityEntry);
}

function emitName(w: Walker, i: number, m: PhraseMatch<EntityEntry>, e: EntityEntry): number {
  const chosen = best(
    m.values.filter((v) => v.key === e.key),
    w.options.published,
  );
  let end = m.end;
  // An institution name may carry its nisba: جيش التحرير الشعبي الصيني.
  if (chosen.type === "ORG") {
    const nisba = nisbaAt(w, end, i);
    if (nisba && (chosen.country === null || nisba.country === chosen.country)) end = nisba.end;
  }
  push(w, i, end, m.stripped, fromEntry(chosen));
  return end;
}

type MentionFields = Omit<
  MentionCandidate,
  "start" | "end" | "text" | "firstToken" | "endToken" | "titleToken" | "prefix"
> & {
  prefix?: string;
  titleToken?: number;
};

function fromEntry(e: EntityEntry): MentionFields {
  return {
    type: e.type,
    key: e.key,
    name: e.name,
    nameEn: e.nameEn,
    country: e.country,
    sector: e.sector,
    role: e.role,
    via: "lexicon",
    parties: e.parties,
  };
}

/** A mention read from its shape, not from a lexicon: named and keyed by its own text. */
export function fromPattern(
  type: "ORG" | "PERSON" | "MECHANISM",
  text: string,
  fields: Partial<MentionFields> = {},
): MentionFields {
  return {
    type,
    key: `${type.toLowerCase()}:${text}`,
    name: text,
    nameEn: null,
    country: null,
    sector: null,
    role: null,
    via: "pattern",
    parties: null,
    ...fields,
  };
}

function nisbaAt(w: Walker, j: number, sentenceOf: number): { country: string | null; end: number } | null {
  const t = w.tokens[j];
  if (!t?.linked || t.sentence !== (w.tokens[sentenceOf] as Token).sentence) return null;
  const m = w.options.lexicon.index.matchAt(w.tokens, j, { bare: false });
  const nisba = m?.values.find((v) => v.kind === "nisba");
  return m && nisba ? { country: nisba.country, end: m.end } : null;
}

/** The nisba agrees in gender with the head noun: `وزير الخارجية الصيني` is no `الخارجية الصيني`. */
function agrees(head: Token, nisba: Token): boolean {
  const feminine = (t: Token) => /ه$/u.test(t.key) || /ه$/u.test(t.bare[0]?.key ?? "");
  // Only a feminine head with a masculine nisba is sure not to agree (plurals take either).
  return !(feminine(head) && !feminine(nisba));
}

/** `وزارة الدفاع الصينية`, `السفارة الصينية في واشنطن`: a head completed by a nisba. */
function institution(w: Walker, i: number, m: PhraseMatch<EntityEntry>, head: EntityEntry): number | null {
  const lex = w.options.lexicon;
  if (
    lex.sideHeads.has((w.tokens[i] as Token).bare[0]?.key ?? "") ||
    lex.sideHeads.has((w.tokens[i] as Token).key)
  )
    return null;
  const nisba = nisbaAt(w, m.end, i);
  if (!nisba || !agrees(w.tokens[i] as Token, w.tokens[m.end] as Token)) return null;
  let end = nisba.end;
  const inTok = w.tokens[end];
  if (inTok?.linked && inTok.key === "في") {
    const place = lex.index.matchAt(w.tokens, end + 1, { bare: false });
    const gpe = place?.values.find((v) => v.kind === "name" && v.type === "GPE");
    if (place && gpe && w.tokens[end + 1]?.linked) end = place.end;
  }
  const text = w.text.slice((w.tokens[i] as Token).start, (w.tokens[end - 1] as Token).end);
  push(w, i, end, m.stripped, fromPattern("ORG", text, { country: nisba.country, sector: head.sector }));
  return end;
}

/** A title, its qualifiers, then a name: `الرئيس الأمريكي جو بايدن`, `المتحدث باسم الوزارة، العقيد وو تشيان`. */
function titled(w: Walker, i: number, m: PhraseMatch<EntityEntry>, role: EntityEntry): number {
  const lex = w.options.lexicon;
  const sentence = (w.tokens[i] as Token).sentence;
  let country: string | null = null;
  let sector = role.sector;
  let namingTitle = NAMING_TITLES.has(role.roleKind);
  let j = m.end;
  let commas = 0;
  let titleAfterComma = false;
  const roleStart = i;
  // A title the institution after it settles runs through that institution: `المتحدث باسم الكرملين`.
  let roleEnd = m.end;
  let roleNamed: string | null = null;
  const throughInstitution = (end: number) => {
    if (role.sector === null && j === m.end) roleEnd = end;
  };
  const other = counterpart(w, roleStart);
  const inner = innerInstitution(w, i, m.end);
  if (inner) {
    j = inner.end;
    country = inner.mention.country;
    sector = inner.mention.sector ?? sector;
  }
  for (let steps = 0; steps < 10; steps++) {
    const t = w.tokens[j];
    if (!t || t.sentence !== sentence) break;
    const gap = w.text.slice((w.tokens[j - 1] as Token).end, t.start);
    if (/[.؟!\n:؛;(«"“]/u.test(gap)) break;
    if (/[،,]/u.test(gap) && ++commas > 1) break;
    const x = lex.index.matchAt(w.tokens, j, { bare: true });
    const xs = x ? usable(w, x.values, j) : [];
    const person = xs.find((v) => v.type === "PERSON" && v.kind !== "role");
    if (x && person) {
      const chosen = best(
        x.values.filter((v) => v.key === person.key),
        w.options.published,
      );
      push(w, j, x.end, x.stripped, {
        ...fromEntry(chosen),
        // A known person keeps the lexicon's role when the title only says "his counterpart".
        // A known person keeps the lexicon's role when the title only says "his counterpart".
        role: other
          ? (chosen.role ?? other.role)
          : (roleNamed ?? roleText(w, roleStart, roleEnd) ?? chosen.role),
        titleToken: roleStart,
        // والأمير محمد بن سلمان: the proclitics are the title's.
        prefix: m.prefix,
      });
      return x.end;
    }
    if (/[،,]/u.test(gap) && !xs.some((v) => v.kind === "role") && !namingTitle) break;
    const nisba = xs.find((v) => v.kind === "nisba");
    if (x && nisba) {
      country ??= nisba.country;
      j = x.end;
      continue;
    }
    const title = xs.find((v) => v.kind === "role");
    if (x && title) {
      titleAfterComma ||= commas > 0;
      sector = title.sector ?? sector;
      namingTitle ||= NAMING_TITLES.has(title.roleKind);
      j = x.end;
      continue;
    }
    const name = xs.find((v) => v.kind === "name");
    if (x && name) {
      step(w, j);
      if (name.type === "ORG" && name.country) country ??= name.country;
      throughInstitution(x.end);
      j = x.end;
      continue;
    }
    const head = xs.find((v) => v.kind === "head");
    if (x && head) {
      const end = institution(w, j, x, head);
      const org = w.out[w.out.length - 1];
      if (end !== null && org) {
        country ??= org.country;
        sector = org.sector ?? sector;
        throughInstitution(end);
        j = end;
        continue;
      }
      j = x.end;
      continue;
    }
    if (lex.roleQualifiers.has(t.key)) {
      j++;
      continue;
    }
    const antecedent = anaphor(w, t);
    if (antecedent) {
      country ??= antecedent.country;
      sector = antecedent.sector ?? sector;
      // `المتحدث باسم الوزارة` after `وزارة الدفاع الصينية`: the role names the institution itself.
      if (role.sector === null && j === m.end)
        roleNamed = `${roleText(w, roleStart, m.end) ?? ""} ${antecedent.name}`.trim();
      j++;
      continue;
    }
    if (!namingTitle || (commas > 0 && !titleAfterComma)) break;
    const end = nameEnd(
      w,
      j,
      country && lex.familyFirst.has(country) ? MAX_SYLLABLE_NAME_TOKENS : MAX_NAME_TOKENS,
    );
    if (end === j) break;
    const text = w.text.slice(t.start, (w.tokens[end - 1] as Token).end);
    const mention: MentionCandidate = {
      type: "PERSON",
      key: `person:${text}`,
      name: text,
      nameEn: null,
      country,
      // `ونظيره الناوروي ليونيل أينغيميا`: the counterpart's post and sector are those of the person before.
      sector: sector ?? other?.sector ?? null,
      role: other?.role ?? roleNamed ?? roleText(w, roleStart, roleEnd),
      via: "pattern",
      parties: null,
      titleToken: roleStart,
      prefix: m.prefix,
      start: 0,
      end: 0,
      text: "",
      firstToken: 0,
      endToken: 0,
    };
    appositive(w, end, mention);
    push(w, j, end, 0, mention);
    return end;
  }
  if (!inner && country !== null && j > m.end && j - m.end <= BACKREF_NISBA_TOKENS) {
    const end = roleBackReference(w, roleStart, m, j, country, role);
    if (end !== null) return end;
  }
  return Math.max(m.end, i + 1);
}

/** How many words the nisba of a role-only back-reference may take (`الوزير الكوري الجنوبي`). */
const BACKREF_NISBA_TOKENS = 2;

/**
 * `الوزير الروسي`، `الرئيس الأمريكي` with no name after it: the person of that state named
 * before whose role has that title (`وزير الدفاع الروسي أندريه بيلوسوف`).
 */
function roleBackReference(
  w: Walker,
  first: number,
  m: PhraseMatch<EntityEntry>,
  end: number,
  country: string,
  role: EntityEntry,
): number | null {
  const title = w.tokens[first] as Token;
  if (!/^ال/u.test(title.bare[0]?.key ?? title.key) || m.end - first !== 1) return null;
  const head = (title.bare.find((b) => /^ال/u.test(b.key))?.key ?? title.key).replace(/^ال/u, "");
  const titled = (p: MentionCandidate) =>
    p.type === "PERSON" &&
    p.via !== "coref" &&
    p.country === country &&
    keyOf(p.role ?? "")
      .split(/\s+/u)
      .some((word) => word.replace(/^ال/u, "") === head);
  for (let k = w.out.length - 1; k >= 0; k--) {
    const p = w.out[k] as MentionCandidate;
    if (!titled(p)) continue;
    const { titleToken: _t, prefix: _p, ...fields } = p;
    push(w, first, end, m.stripped, { ...fields, role: p.role ?? role.role, via: "coref" });
    return end;
  }
  return null;
}

/** `رئيسة مجلس النواب الأمريكي`: an institution that a title runs into is a mention of its own. */
function innerInstitution(
  w: Walker,
  first: number,
  end: number,
): { end: number; mention: MentionCandidate } | null {
  for (let k = first + 1; k < end; k++) {
    const x = w.options.lexicon.index.matchAt(w.tokens, k, { bare: true });
    if (!x) continue;
    const xs = usable(w, x.values, k);
    const org = xs.find((v) => v.kind === "name" && v.type === "ORG");
    const head = xs.find((v) => v.kind === "head");
    const before = w.out.length;
    const stop = org ? emitName(w, k, x, org) : head ? institution(w, k, x, head) : null;
    const mention = w.out[w.out.length - 1];
    if (stop !== null && w.out.length > before && mention && mention.endToken >= end)
      return { end: stop, mention };
    w.out.length = before;
  }
  return null;
}

/** `ليو زان، الملحق العسكري الصيني`: a title after the name gives a missing country. */
function appositive(w: Walker, end: number, mention: MentionCandidate): void {
  const t = w.tokens[end];
  if (!t || mention.country || !/^\s*[،,]\s*$/u.test(w.text.slice((w.tokens[end - 1] as Token).end, t.start)))
    return;
  const title = w.options.lexicon.index.matchAt(w.tokens, end, { bare: true });
  const role = title?.values.find((v) => v.kind === "role");
  if (!title || !role) return;
  const nisba = nisbaAt(w, title.end, end);
  if (nisba) mention.country = nisba.country;
  mention.role ??= role.role;
  mention.sector ??= role.sector;
}

/** `التقى وزير الدفاع الأمريكي … نظيره الروسي أندريه بيلوسوف`: a counterpart holds the role of the person before. */
function counterpart(w: Walker, first: number): { role: string; sector: string | null } | null {
  const t = w.tokens[first] as Token;
  const lex = w.options.lexicon;
  if (!lex.counterparts.has(t.key) && !t.bare.some((b) => lex.counterparts.has(b.key))) return null;
  for (let k = w.out.length - 1; k >= 0; k--) {
    const p = w.out[k] as MentionCandidate;
    if ((w.tokens[p.firstToken] as Token).sentence !== t.sentence) return null;
    if (p.type === "PERSON" && p.role) return { role: p.role, sector: p.sector };
  }
  return null;
}

function roleText(w: Walker, first: number, end: number): string | null {
  const a = w.tokens[first];
  const b = w.tokens[end - 1];
  if (!a || !b) return null;
  const t = w.text.slice(a.start, b.end);
  const bare = a.bare[0];
  // والرئيس، لوزير الدفاع، بنائب رئيس: the role is written without its proclitics (but وزير is whole).
  const whole = w.options.lexicon.index
    .matchAt(w.tokens, first, { bare: false })
    ?.values.some((v) => v.kind === "role");
  return bare && !/^ال/u.test(a.key) && (/^ال/u.test(bare.key) || (/^[وفبل]+$/u.test(bare.prefix) && !whole))
    ? t.slice(offsetAfterLetters(a.text, bare.stripped))
    : t;
}

/** `الوزارة` after `باسم` refers back to the last institution with that head (`وزارة الدفاع الصينية`). */
function anaphor(w: Walker, t: Token): MentionCandidate | null {
  if (!t.key.startsWith("ال") || t.key.length < 4) return null;
  const noun = t.key.slice(2);
  for (let k = w.out.length - 1; k >= 0; k--) {
    const prev = w.out[k] as MentionCandidate;
    if (prev.type !== "ORG") continue;
    const first = w.tokens[prev.firstToken] as Token;
    const head = first.key.replace(/^ال/u, "");
    if (head === noun) return prev;
  }
  return null;
}

/** One past the last token of a name read from the text at j. */
function nameEnd(w: Walker, j: number, maxTokens: number): number {
  const lex = w.options.lexicon;
  let k = j;
  let limit = maxTokens;
  while (k < j + limit) {
    const t = w.tokens[k];
    if (!t || (k > j && !t.linked)) break;
    if (!nameLike(w, k, k === j || maxTokens <= MAX_NAME_TOKENS)) {
      // لويس مونتينيغرو: a state's name right after a known given name is the person's surname.
      if (k === j + 1 && countrySurname(w, j, k)) {
        w.countrySurnames.add(t.key);
        k++;
      }
      break;
    }
    if (NAME_CONNECTORS.has(t.key)) limit = Math.min(limit + 2, 4);
    k++;
  }
  // A name does not end on a connector.
  while (k > j && NAME_CONNECTORS.has((w.tokens[k - 1] as Token).key)) k--;
  return lex ? k : j;
}

/** Token `k` is a state's name written alone (no proclitic) and token `j` before it a known given name. */
function countrySurname(w: Walker, j: number, k: number): boolean {
  const lex = w.options.lexicon;
  if (!lex.givenNames.has((w.tokens[j] as Token).key)) return false;
  const m = lex.index.matchAt(w.tokens, k, { bare: false });
  return (
    m !== null &&
    m !== undefined &&
    m.end === k + 1 &&
    m.values.some((v) => v.type === "GPE" && v.kind === "name")
  );
}

/** Whether token `i` may be a word of a name. */
function nameLike(w: Walker, i: number, strict: boolean): boolean {
  const lex = w.options.lexicon;
  const t = w.tokens[i] as Token;
  if (lex.stop.has(t.key) || lex.counterparts.has(t.key) || /^\d/u.test(t.key) || t.key.length < 2)
    return false;
  // A word of the language is no name (حينها، باق), except a syllable of a family-first name (تشن).
  if (strict && (lex.commonWords.has(t.key) || t.bare.some((b) => lex.commonWords.has(b.key)))) return false;
  // The article as written: إلهام is a name, الهام a word.
  if (/^(ال|لل|بال|وال)/u.test(t.text) && !NAME_CONNECTORS.has(t.key)) return false;
  const m = lex.index.matchAt(w.tokens, i, { bare: false });
  return !m || m.values.every((v) => v.type === "PERSON");
}

/** Most words of a speaker's name read from the text alone (`قال ماركوس فيليو دا سيلفا إن`). */
const MAX_SPEAKER_TOKENS = 3;

/**
 * `قال ماركوس فيليو إن …`: two or more words that are no words of the language, right after a
 * speech verb and right before `إن`/`أن` or a colon, name a person when the text names them again.
 * Generic subjects are words (`قال مصدر دبلوماسي إن`), and nisbas, places and bodies are in the
 * lexicons, so none is a name.
 */
function speakerAt(w: Walker, i: number): number | null {
  const lex = w.options.lexicon;
  const verb = w.tokens[i] as Token;
  const spoken =
    lex.speech.has(verb.key) || verb.bare.some((b) => /^[وف]$/u.test(b.prefix) && lex.speech.has(b.key));
  const first = w.tokens[i + 1];
  if (!spoken || !first?.linked || first.sentence !== verb.sentence) return null;
  if (lex.index.matchAt(w.tokens, i + 1, { bare: true })) return null;
  let end = i + 1;
  while (end < i + 1 + MAX_SPEAKER_TOKENS) {
    const t = w.tokens[end];
    if (!t?.linked || !ARABIC_WORD.test(t.text) || !nameLike(w, end, true) || NAME_CONNECTORS.has(t.key))
      break;
    // `نقلت عنها نافالني`: a preposition with its pronoun is no name.
    if (lex.stop.has(t.key.replace(THIRD_PERSON_SUFFIX, ""))) break;
    // `قال نشطاء ومسعفون إن`: a word after و is a second subject, not a surname.
    if (end > i + 1 && t.text.startsWith("و")) break;
    end++;
  }
  if (end - (i + 1) < 2) return null;
  const next = w.tokens[end];
  const last = w.tokens[end - 1] as Token;
  if (!next || next.sentence !== verb.sentence) return null;
  const gap = w.text.slice(last.end, next.start);
  // The particle written with its hamza: `بي ان سبورتس` is a name going on, not `قال … أن`.
  const said = next.linked && lex.complementizers.has(next.key) && HAMZA_ALEF.test(next.text);
  if (!CREDIT_COLON.test(gap) && !said) return null;
  // A person quoted by name is named again (`وأضاف فيليو`); a noun phrase seldom comes back whole or in part.
  const again = w.tokens.some((t, k) => (k < i + 1 || k >= end) && t.key === last.key);
  if (!again) return null;
  const text = w.text.slice(first.start, last.end);
  push(w, i + 1, end, 0, fromPattern("PERSON", text));
  return end;
}

/** A credit line's opener stands first in its line or clause, or before a colon (`كتب: …`، `؛ إعداد …`). */
const CREDIT_OPENING = /(^|[\n؛;(])\s*$/u;
const CREDIT_COLON = /^\s*:\s*$/u;

/** `كتب: أحمد علي`، `إعداد رنا فؤاد`: a journalist, sector JRN, who reports and never acts. */
function creditAt(w: Walker, i: number): number | null {
  const lex = w.options.lexicon;
  const t = w.tokens[i] as Token;
  const next = w.tokens[i + 1];
  if (
    !next ||
    !(lex.credits.has(t.key) || t.bare.some((b) => lex.credits.has(b.prefix === "و" ? b.key : "")))
  )
    return null;
  const before = w.text.slice(Math.max(0, t.start - 3), t.start);
  const gap = w.text.slice(t.end, next.start);
  if (!CREDIT_OPENING.test(before) && !CREDIT_COLON.test(gap)) return null;
  if (lex.index.matchAt(w.tokens, i + 1, { bare: true })) return null;
  const end = nameEnd(w, i + 1, MAX_NAME_TOKENS);
  if (end - (i + 1) < 2) return null;
  const text = w.text.slice(next.start, (w.tokens[end - 1] as Token).end);
  push(w, i + 1, end, 0, fromPattern("PERSON", text, { sector: "JRN" }));
  return end;
}

/**
 * `وقال الأول إن …`: after a speech verb, the first or second of the two persons the last
 * sentence with two persons named.
 */
function ordinalAt(w: Walker, i: number): { mention: MentionCandidate; stripped: number } | null {
  const lex = w.options.lexicon;
  const t = w.tokens[i] as Token;
  const which = lex.ordinals.get(t.key);
  const prev = w.tokens[i - 1];
  if (
    which === undefined ||
    !prev ||
    !(lex.speech.has(prev.key) || prev.bare.some((b) => lex.speech.has(b.key)))
  )
    return null;
  for (let k = w.out.length - 1; k >= 0; k--) {
    const sentence = (w.tokens[(w.out[k] as MentionCandidate).firstToken] as Token).sentence;
    if (sentence === t.sentence) continue;
    const persons = w.out.filter(
      (m) => m.type === "PERSON" && (w.tokens[m.firstToken] as Token).sentence === sentence,
    );
    const distinct = persons.filter((m, n) => persons.findIndex((x) => x.key === m.key) === n);
    if (distinct.length === 2) return { mention: distinct[which] as MentionCandidate, stripped: 0 };
    if (distinct.length > 2) return null;
    k = w.out.findIndex((m) => (w.tokens[m.firstToken] as Token).sentence === sentence);
  }
  return null;
}

/** A one-token mention of a person named earlier in the document (`تشيس`, `وو`). */
function corefAt(w: Walker, i: number): { mention: MentionCandidate; stripped: number } | null {
  const t = w.tokens[i] as Token;
  const direct = w.shortForms.get(t.key);
  if (direct) return { mention: direct, stripped: 0 };
  for (const b of t.bare) {
    const hit = w.shortForms.get(b.key);
    if (hit) return { mention: hit, stripped: b.stripped };
  }
  return null;
}

function push(w: Walker, first: number, end: number, stripped: number, m: MentionFields): void {
  const a = w.tokens[first] as Token;
  const b = w.tokens[end - 1] as Token;
  const start = a.start + (stripped > 0 ? offsetAfterLetters(a.text, stripped) : 0);
  const prefix =
    m.prefix ?? (stripped > 0 ? (a.bare.find((x) => x.stripped === stripped)?.prefix ?? "") : "");
  // Every mention is built with the same fields in the same order (one object shape for V8,
  // whichever recognizer made it): see mentionOf.
  const mention = mentionOf(
    m,
    start,
    b.end,
    w.text.slice(start, b.end),
    first,
    end,
    m.titleToken ?? first,
    prefix,
  );
  w.out.push(mention);
  if (mention.type === "PERSON" && mention.via !== "coref" && end - first > 1) {
    w.seenKeys.add(mention.key);
    // Both ends of a full name may come back alone: وو تشيان → وو; مايكل تشيس → تشيس.
    for (const k of [first, end - 1]) {
      const key = (w.tokens[k] as Token).key;
      if (key.length >= 2 && !w.options.lexicon.stop.has(key) && !NAME_CONNECTORS.has(key))
        w.shortForms.set(key, mention);
    }
  }
}

/**
 * A mention with all its fields, always in this order. Objects of one kind built with different
 * fields or field orders (spread in from different recognizers) have different hidden classes,
 * and V8 throws away the compiled code of the functions that read them when a new one turns up.
 * `findMechanisms` builds its mentions in the same order.
 */
export function mentionOf(
  m: MentionFields,
  start: number,
  end: number,
  text: string,
  firstToken: number,
  endToken: number,
  titleToken: number,
  prefix: string,
): MentionCandidate {
  return {
    start,
    end,
    text,
    type: m.type,
    key: m.key,
    name: m.name,
    nameEn: m.nameEn,
    country: m.country,
    sector: m.sector,
    role: m.role,
    firstToken,
    endToken,
    titleToken,
    prefix,
    via: m.via,
    parties: m.parties,
  };
}
