// Joins within the document: a short or ordinal mention, a role-only back-reference or `الوزارة` to what it names.

import { tokenIn } from "../arabic/tokens.ts";
import { BARE, type PhraseMatch } from "../arabic/phrases.ts";
import { keyOf } from "../arabic/normalize.ts";
import type { MentionCandidate, Token } from "../pipeline/types.ts";
import type { EntityEntry } from "./lexicon.ts";
import { push, type Walker } from "./walker.ts";

/** How many words the nisba of a role-only back-reference may take (`الوزير الكوري الجنوبي`). */
export const BACKREF_NISBA_TOKENS = 2;

/**
 * `الوزير الروسي`، `الرئيس الأمريكي` with no name after it: the person of that state named
 * before whose role has that title (`وزير الدفاع الروسي أندريه بيلوسوف`).
 */
export function roleBackReference(
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
  // `المسؤول الروسي` names no post: it stands for the person of that state with an office named in
  // its sentence or the BARE_TITLE_SENTENCES before (`وزير الخارجية الروسي … لافروف`).
  const generic = role.roleKind === "generic";
  // `قال مسؤول روسي … وأضاف المسؤول الروسي`: the unnamed official told before, not a named person.
  if (generic)
    for (let k = first - 1; k >= 0; k--) {
      const t = w.tokens[k] as Token;
      if (t.sentence < title.sentence - BARE_TITLE_SENTENCES) break;
      if (t.key === head || t.bare.some((b) => b.key === head)) return null;
    }
  const titled = (p: MentionCandidate) =>
    p.type === "PERSON" &&
    p.via !== "coref" &&
    p.country === country &&
    (generic
      ? p.role !== null && p.sector !== "JRN" && p.sector !== "SOC"
      : keyOf(p.role ?? "")
          .split(/\s+/u)
          .some((word) => word.replace(/^ال/u, "") === head));
  for (let k = w.out.length - 1; k >= 0; k--) {
    const p = w.out[k] as MentionCandidate;
    if (generic && (w.tokens[p.firstToken] as Token).sentence < title.sentence - BARE_TITLE_SENTENCES) break;
    if (!titled(p)) continue;
    const { titleToken: _t, prefix: _p, ...fields } = p;
    push(w, first, end, m.stripped, { ...fields, role: p.role ?? role.role, via: "coref" });
    return end;
  }
  return null;
}

/** How many sentences before its own a bare title (`وقال الوزير`) may look for its person. */
export const BARE_TITLE_SENTENCES = 3;

/**
 * `وأكد الوزير`، `وتابع المتحدث`، `وحذر الرئيس` with no nisba, institution or name after it: the
 * person named in its sentence or the BARE_TITLE_SENTENCES before whose post begins with that title
 * (`وزير الخارجية الإيراني محمد جواد ظريف` for `الوزير`; not `رئيس الوزراء` for `الرئيس`: the post's
 * English name must contain the title's). Nothing when persons of two states hold such a post there.
 */
export function bareRoleReference(
  w: Walker,
  first: number,
  m: PhraseMatch<EntityEntry>,
  role: EntityEntry,
): boolean {
  const title = w.tokens[first] as Token;
  if (role.roleKind !== "office" && role.roleKind !== "back") return false;
  if (m.end - first === 2) return twoWordRoleReference(w, first, m, role);
  if (m.end - first !== 1) return false;
  const definite =
    title.bare.find((b) => /^ال/u.test(b.key))?.key ?? (/^ال/u.test(title.key) ? title.key : null);
  if (definite === null) return false;
  const head = definite.replace(/^ال/u, "");
  const lex = w.options.lexicon;
  const found = titledPerson(w, title.sentence, (p, words) => {
    if (words[0]?.replace(/^ال/u, "") !== head) return false;
    const post = lex.index.matchAt(w.tokens, p.titleToken, BARE)?.values.find((v) => v.kind === "role");
    return !(post?.nameEn && role.nameEn && !post.nameEn.includes(role.nameEn));
  });
  return found !== null && pushPerson(w, first, m, found);
}

/**
 * `وانتقدت رئيسة الوزراء، مساء الأحد، روسيا`: a title of two words (`رئيسة الوزراء`، `وزير الخارجية`), its
 * second definite, with nothing after it (and no definite word joined by و that goes on with the post:
 * `وزير الخارجية والتعاون الدولي`) and no word of a post before it (`تولى منصب وزير الخارجية`), is the person named in its sentence or the
 * BARE_TITLE_SENTENCES before whose post begins with those two words; nothing when persons of two
 * states hold such a post there.
 */
function twoWordRoleReference(
  w: Walker,
  first: number,
  m: PhraseMatch<EntityEntry>,
  _role: EntityEntry,
): boolean {
  const head = w.tokens[first] as Token;
  const second = w.tokens[first + 1] as Token;
  if (!/^ال/u.test(second.key)) return false;
  // تولى منصب وزير الخارجية: after a word naming a post (cue `post_word`) the title is the post.
  const before = w.tokens[first - 1];
  if (before && before.sentence === head.sentence && w.options.lexicon.postWords.has(before.key))
    return false;
  // وزير الخارجية والتعاون الدولي: a definite word joined by و right after it goes on with the post.
  const next = w.tokens[first + 2];
  if (
    next &&
    next.sentence === second.sentence &&
    next.bare.some((b) => b.prefix === "و" && /^ال/u.test(b.key))
  )
    return false;
  const heads = new Set([head.key, ...head.bare.map((b) => b.key)]);
  const found = titledPerson(
    w,
    head.sentence,
    (_p, words) => heads.has(words[0] ?? "") && samePost(w, words[1], second.key),
  );
  return found !== null && pushPerson(w, first, m, found);
}

/** `رئيسة الوزراء` after `رئيسة الحكومة تيريزا ماي`: the second words are equal or both cabinet words. */
function samePost(w: Walker, named: string | undefined, said: string): boolean {
  if (named === said) return true;
  const cabinet = w.options.lexicon.cabinetWords;
  return named !== undefined && cabinet.has(named) && cabinet.has(said);
}

/**
 * The person named in sentence `sentence` or the BARE_TITLE_SENTENCES before, with a state and a post
 * that `fits` (given the post's words); null when there is none or when persons of two states fit.
 */
function titledPerson(
  w: Walker,
  sentence: number,
  fits: (p: MentionCandidate, words: string[]) => boolean,
): MentionCandidate | null {
  let found: MentionCandidate | null = null;
  for (let k = w.out.length - 1; k >= 0; k--) {
    const p = w.out[k] as MentionCandidate;
    if ((w.tokens[p.firstToken] as Token).sentence < sentence - BARE_TITLE_SENTENCES) break;
    if (p.type !== "PERSON" || p.country === null || p.sector === "JRN" || p.sector === "SOC" || !p.role)
      continue;
    if (!fits(p, keyOf(p.role).split(/\s+/u))) continue;
    if (found && found.country !== p.country) return null;
    found ??= p;
  }
  return found;
}

/** The title at `first` is a mention of `person`, found by coreference. */
function pushPerson(
  w: Walker,
  first: number,
  m: PhraseMatch<EntityEntry>,
  person: MentionCandidate,
): boolean {
  const { titleToken: _t, prefix: _p, ...fields } = person;
  push(w, first, m.end, m.stripped, { ...fields, via: "coref" });
  return true;
}

/** `الوزارة` after `باسم` refers back to the last institution with that head (`وزارة الدفاع الصينية`). */
export function anaphor(w: Walker, t: Token): MentionCandidate | null {
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

/**
 * `وقال الأول إن …`: after a speech verb, the first or second of the two persons the last
 * sentence with two persons named.
 */
export function ordinalAt(w: Walker, i: number): { mention: MentionCandidate; stripped: number } | null {
  // The test every token meets here has no closure (those are in `ordinalMention`): a function
  // whose closures capture its variables makes a context object at every call.
  const lex = w.options.lexicon;
  const t = w.tokens[i] as Token;
  const which = lex.ordinals.get(t.key);
  const prev = w.tokens[i - 1];
  if (which === undefined || !prev || !tokenIn(lex.speech, prev)) return null;
  return ordinalMention(w, t, which);
}

/** The person `which` (0 or 1) of the last earlier sentence that names two (`الأول`، `الثاني`). */
function ordinalMention(
  w: Walker,
  t: Token,
  which: number,
): { mention: MentionCandidate; stripped: number } | null {
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
export function corefAt(w: Walker, i: number): { mention: MentionCandidate; stripped: number } | null {
  const t = w.tokens[i] as Token;
  const direct = w.shortForms.get(t.key);
  if (direct) return { mention: direct, stripped: 0 };
  for (const b of t.bare) {
    const hit = w.shortForms.get(b.key);
    if (hit) return { mention: hit, stripped: b.stripped };
  }
  return null;
}
