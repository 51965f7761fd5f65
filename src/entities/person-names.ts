// Persons read from the text's shape, not the lexicon: names after titles, speakers, credit lines.

import { tokenIn } from "../arabic/tokens.ts";
import { BARE } from "../arabic/phrases.ts";
import { ARABIC_WORD, HAMZA_ALEF, THIRD_PERSON_SUFFIX, unmarked } from "../arabic/regexes.ts";
import type { Token } from "../pipeline/types.ts";
import type { EntityEntry, EntityLexicon } from "./lexicon.ts";
import { nisbaAt } from "./lexicon-names.ts";
import { fromPattern, NAME_CONNECTORS, push, type Walker } from "./walker.ts";
import { gapIs } from "../arabic/gaps.ts";

/** Longest pattern name after a title, in tokens, unless a connector (بن، آل) extends it. */
export const MAX_NAME_TOKENS = 2;
/** Names of states that write the family name first run to three syllables (وو يا نان، تيان تشونغ كوانغ). */
export const MAX_SYLLABLE_NAME_TOKENS = 3;

/** One past the last token of a name read from the text at j. */
export function nameEnd(w: Walker, j: number, maxTokens: number): number {
  const lex = w.options.lexicon;
  let k = j;
  let limit = maxTokens;
  const shapes = lex.cliticWordShapes;
  while (k < j + limit) {
    const t = w.tokens[k];
    if (!t || (k > j && !t.linked)) break;
    // نظيره الأمريكي لتعزيز، الرئيس له صلاحية: a preposition and a word, no name.
    if (k === j && cliticWord(shapes.first, t.text)) break;
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
  // مون جيه-إن، كيم جونغ-أون: a syllable joined by a hyphen is part of the word before, whatever it reads as.
  while (k > j && w.tokens[k] && hyphenated(w, k)) k++;
  // A name does not end on a connector.
  while (k > j && NAME_CONNECTORS.has((w.tokens[k - 1] as Token).key)) k--;
  // أدان الرئيس بشدة: one word of a shape no one-word name takes.
  if (k === j + 1 && cliticWord(shapes.alone, (w.tokens[j] as Token).text)) k = j;
  return lex ? k : j;
}

/**
 * `وقالت مراسلة الشؤون الدولية، سارة نوري، إن`: after a title and a comma, words no
 * recognizer took are its holder's name when set off as an apposition: the comma right before them
 * (gapBefore), two or more words of a name's shape (j to end, read by nameEnd), and a comma or colon
 * closing them in the same sentence. A day or a phrase after the comma (`، الثلاثاء،`، `، في بيان،`) is
 * one word or a word of the language.
 */
export function setOffName(w: Walker, j: number, end: number, gapBefore: string): boolean {
  if (end - j < 2 || !/[،,]\s*$/u.test(gapBefore)) return false;
  const last = w.tokens[end - 1] as Token;
  const next = w.tokens[end];
  if (!next || next.sentence !== last.sentence) return false;
  return /^\s*[،,:]/u.test(w.text.slice(last.end, next.start));
}

/** Token `k` is Arabic letters joined to the word before by a hyphen alone (`جيه-إن`). */
function hyphenated(w: Walker, k: number): boolean {
  const t = w.tokens[k] as Token;
  const before = w.tokens[k - 1] as Token;
  return before.end + 1 === t.start && w.text.charAt(before.end) === "-" && ARABIC_WORD.test(t.text);
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
  if (strict && (tokenIn(lex.commonWords, t) || pronounWord(lex, t))) return false;
  // The article as written: إلهام is a name, الهام a word.
  if (/^(ال|لل|بال|وال)/u.test(t.text) && !NAME_CONNECTORS.has(t.key)) return false;
  const m = lex.index.matchAt(w.tokens, i);
  return !m || m.values.every((v) => v.type === "PERSON");
}

/**
 * `الوزير قوله`، `الرئيس نفسه`، `وزير العدل وقتها`، `الفرنسي وزوجته`، `السفير فيها`: a word of the
 * language (or a function word) with a third-person pronoun joined to it is no name. A noun's ة is
 * written ت before the pronoun (زوجته).
 */
function pronounWord(lex: EntityLexicon, t: Token): boolean {
  // The key folds ة into ه (نادية → ناديه): the pronoun is read from the word as written.
  if (!THIRD_PERSON_SUFFIX.test(unmarked(t.text))) return false;
  if (pronounStem(lex, t.key)) return true;
  for (const b of t.bare) if (pronounStem(lex, b.key)) return true;
  return false;
}

function pronounStem(lex: EntityLexicon, key: string): boolean {
  const stem = key.replace(THIRD_PERSON_SUFFIX, "");
  if (stem === key || stem.length < 2) return false;
  if (lex.commonWords.has(stem) || lex.stop.has(stem)) return true;
  return stem.endsWith("ت") && lex.commonWords.has(`${stem.slice(0, -1)}ه`);
}

/** `لتعزيز`، `بشدة`، `له`: a preposition written as a proclitic before a word of a shape no name takes. */
function cliticWord(shapes: ReadonlyMap<string, RegExp>, text: string): boolean {
  const shape = shapes.get(text.charAt(0));
  return shape !== undefined && shape.test(unmarked(text.slice(1)));
}

const ARABIC_COMMA = 0x060c;
const LATIN_COMMA = 0x2c;

/**
 * `كريستيا فريلاند، وزيرة الخارجية الكندية`: two words that are no words of the
 * language, a comma, then an office with its state's nisba name a person of that state and post
 * (the title and its nisba are read with it, not as a mention of their own).
 */
export function appositionAt(w: Walker, i: number): number | null {
  const lex = w.options.lexicon;
  // Cheap test first, as this runs at every word no other recognizer took: a comma right after the
  // second word (the names it reads have two).
  const second = w.tokens[i + 1];
  const comma = second ? w.text.charCodeAt(second.end) : 0;
  if (comma !== ARABIC_COMMA && comma !== LATIN_COMMA) return null;
  const first = w.tokens[i] as Token;
  if (!first.linked || !ARABIC_WORD.test(first.text) || /^[وف]/u.test(first.text)) return null;
  const end = nameEnd(w, i, MAX_NAME_TOKENS);
  if (end - i !== 2) return null;
  const last = w.tokens[end - 1] as Token;
  const next = w.tokens[end];
  if (!next || next.sentence !== first.sentence || !gapIs(w.text, last.end, next.start, "comma")) return null;
  const title = lex.index.matchAt(w.tokens, end, { bare: false });
  if (!title) return null;
  const media = journalist(w, i, end, title.values);
  if (media !== null) return media;
  const role = title.values.find((v) => v.kind === "role" && v.roleKind === "office" && v.sector !== null);
  if (!role) return null;
  const nisba = nisbaAt(w, title.end, end);
  if (!nisba?.country) return null;
  const text = w.text.slice(first.start, last.end);
  push(
    w,
    i,
    end,
    0,
    fromPattern("PERSON", text, {
      country: nisba.country,
      sector: role.sector,
      role: w.text.slice(next.start, (w.tokens[title.end - 1] as Token).end),
    }),
  );
  // The title and its nisba describe the person: no mention of their own.
  return nisba.end;
}

/**
 * `وتضيف سارة نوري، مراسلتنا في عمّان، أن`: two words that are no words of the language, a comma,
 * then a journalist's or commentator's title (roles.tsv sector JRN or SOC: `مراسلة`، `محلل`) name such a
 * person, of no state: he reports or comments and is never a party (NOT_STATE in src/events/units.ts).
 * The title is read on as usual.
 */
function journalist(w: Walker, i: number, end: number, values: readonly EntityEntry[]): number | null {
  const role = values.find((v) => v.kind === "role" && (v.sector === "JRN" || v.sector === "SOC"));
  if (!role) return null;
  const first = w.tokens[i] as Token;
  const last = w.tokens[end - 1] as Token;
  push(w, i, end, 0, fromPattern("PERSON", w.text.slice(first.start, last.end), { sector: role.sector }));
  return end;
}

/** Most words of a speaker's name read from the text alone (`قال ماركوس فيليو دا سيلفا إن`). */
const MAX_SPEAKER_TOKENS = 3;

/**
 * `قال ماركوس فيليو إن …`: two or more words that are no words of the language, right after a
 * speech verb and right before `إن`/`أن` or a colon, name a person when the text names them again.
 * Generic subjects are words (`قال مصدر دبلوماسي إن`), and nisbas, places and bodies are in the
 * lexicons, so none is a name.
 */
export function speakerAt(w: Walker, i: number): number | null {
  const lex = w.options.lexicon;
  const verb = w.tokens[i] as Token;
  // Loops, not `some` with a closure: this runs for every token the lexicon does not name; tokenIn
  // first, whose SlotSet bit test tells most tokens apart without hashing their keys.
  if (!tokenIn(lex.speech, verb)) return null;
  let spoken = lex.speech.has(verb.key);
  for (const b of verb.bare) spoken ||= (b.prefix === "و" || b.prefix === "ف") && lex.speech.has(b.key);
  const first = w.tokens[i + 1];
  if (!spoken || !first?.linked || first.sentence !== verb.sentence) return null;
  if (lex.index.matchAt(w.tokens, i + 1, BARE)) return null;
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
  let again = false;
  for (let k = 0; k < w.tokens.length && !again; k++)
    again = (k < i + 1 || k >= end) && (w.tokens[k] as Token).key === last.key;
  if (!again) return null;
  const text = w.text.slice(first.start, last.end);
  push(w, i + 1, end, 0, fromPattern("PERSON", text));
  return end;
}

/** A credit line's opener stands first in its line or clause, or before a colon (`كتب: …`، `؛ إعداد …`). */
const CREDIT_OPENING = /(^|[\n؛;(])\s*$/u;
const CREDIT_COLON = /^\s*:\s*$/u;

/** `كتب: أحمد علي`، `إعداد رنا فؤاد`: a journalist, sector JRN, who reports and never acts. */
export function creditAt(w: Walker, i: number): number | null {
  const lex = w.options.lexicon;
  const t = w.tokens[i] as Token;
  const next = w.tokens[i + 1];
  if (!next) return null;
  // tokenIn first: a SlotSet's bit test tells most tokens apart without hashing their keys.
  if (!tokenIn(lex.credits, t)) return null;
  let credit = lex.credits.has(t.key);
  for (const b of t.bare) credit ||= lex.credits.has(b.prefix === "و" ? b.key : "");
  if (!credit) return null;
  const before = w.text.slice(Math.max(0, t.start - 3), t.start);
  const gap = w.text.slice(t.end, next.start);
  if (!CREDIT_OPENING.test(before) && !CREDIT_COLON.test(gap)) return null;
  if (lex.index.matchAt(w.tokens, i + 1, BARE)) return null;
  const end = nameEnd(w, i + 1, MAX_NAME_TOKENS);
  if (end - (i + 1) < 2) return null;
  const text = w.text.slice(next.start, (w.tokens[end - 1] as Token).end);
  push(w, i + 1, end, 0, fromPattern("PERSON", text, { sector: "JRN" }));
  return end;
}
