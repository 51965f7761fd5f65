// Finds entity mentions: walks the tokens once and, at each, tries the recognizers in order —
// lexicon names and institutions, persons after titles, credit lines and speakers, then joins
// to persons already named. The recognizers live in walker.ts, lexicon-names.ts, person-names.ts,
// roles.ts and coref.ts.

import { BARE, type PhraseMatch } from "../arabic/phrases.ts";
import { definite, tokenIn } from "../arabic/tokens.ts";
import type { ArabicText, MentionCandidate, Token } from "../pipeline/types.ts";
import {
  BACKREF_NISBA_TOKENS,
  anaphor,
  bareRoleReference,
  corefAt,
  ordinalAt,
  roleBackReference,
} from "./coref.ts";
import type { EntityEntry } from "./lexicon.ts";
import { best, emitName, institution, ofKind, usable } from "./lexicon-names.ts";
import {
  MAX_NAME_TOKENS,
  MAX_SYLLABLE_NAME_TOKENS,
  appositionAt,
  creditAt,
  nameEnd,
  setOffName,
  speakerAt,
} from "./person-names.ts";
import { appositive, counterpart, innerInstitution, roleText } from "./roles.ts";
import { fromEntry, push, type RecognizeOptions, type Walker } from "./walker.ts";

/** Title kinds after which an unknown name may be read from the text itself. */
const NAMING_TITLES = new Set(["office", "rank", "honorific", "media"]);

export function recognizeMentions(arabic: ArabicText, options: RecognizeOptions): MentionCandidate[] {
  const w: Walker = {
    text: arabic.text,
    tokens: arabic.tokens,
    options,
    out: [],
    shortForms: new Map(),
    countrySurnames: new Set(),
    seenKeys: new Set(),
    unnamedTitles: new Map(),
    countryless: [],
  };
  let i = 0;
  while (i < w.tokens.length) i = step(w, i);
  titleStates(w);
  return w.out;
}

/**
 * `قال وزير الدفاع يوسف حسن` with no nisba, and `وزير الدفاع الكيني` with no name elsewhere in the
 * article: the person holds that post of that state, when the article writes the title with one
 * state's nisba only. Every mention of the person (surname ones too) takes the state.
 */
function titleStates(w: Walker): void {
  if (w.countryless.length === 0) return;
  // A title with a nisba may only repeat a person named with it (`الرئيس الأمريكي` for Trump): a
  // state whose post-holder the article names is no clue to anyone else's.
  const named = new Set<string>();
  for (const p of w.out) {
    if (p.type !== "PERSON" || p.country === null || p.via === "coref" || p.titleToken === p.firstToken)
      continue;
    const title = w.options.lexicon.index
      .matchAt(w.tokens, p.titleToken, BARE)
      ?.values.find((v) => v.kind === "role");
    if (title) named.add(`${title.key} ${p.country}`);
  }
  for (const { mention, title } of w.countryless) {
    const states = [...(w.unnamedTitles.get(title) ?? [])].filter((c) => !named.has(`${title} ${c}`));
    if (mention.country !== null || states.length !== 1) continue;
    const [state] = states;
    for (const m of w.out) if (m.key === mention.key && m.country === null) m.country = state ?? null;
  }
}

/** Recognizes what starts at token i and returns the next token to look at. */
function step(w: Walker, i: number): number {
  if (w.countrySurnames.size > 0) {
    // وقال مونتينيغرو: the surname read after a given name stands for the person, not the state.
    const t = w.tokens[i] as Token;
    // A loop, not arrays and closures: this runs for every token.
    let surname = w.countrySurnames.has(t.key);
    for (const b of t.bare) surname ||= w.countrySurnames.has(b.key);
    const coref = surname ? corefAt(w, i) : null;
    if (coref) {
      const { titleToken: _title, prefix: _prefix, ...fields } = coref.mention;
      push(w, i, i + 1, coref.stripped, { ...fields, via: "coref" });
      return i + 1;
    }
  }
  const m = w.options.lexicon.index.matchAt(w.tokens, i, BARE);
  // No empty array for a token no phrase starts at (most tokens): this runs for every token.
  const values = m ? usable(w, m.values, i) : null;
  if (m && values && values.length > 0) {
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
  return appositionAt(w, i) ?? i + 1;
}

/** A title, its qualifiers, then a name: `الرئيس الأمريكي جو بايدن`, `المتحدث باسم الوزارة، العقيد وو تشيان`. */
function titled(w: Walker, i: number, m: PhraseMatch<EntityEntry>, role: EntityEntry): number {
  const lex = w.options.lexicon;
  const sentence = (w.tokens[i] as Token).sentence;
  let country: string | null = null;
  let sector = role.sector;
  // `الناشط بلال أبو صالح`، `المحلل العسكري مارك جونز`: a commentator's title names him too.
  let namingTitle = NAMING_TITLES.has(role.roleKind) || commentator(role);
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
  // Nothing after the title says whose it is (no nisba, institution, further title or name of a
  // person): `وأكد الوزير`، `وانتقد الوزير الولايات المتحدة`.
  let bare = !inner && other === null;
  if (inner) {
    j = inner.end;
    country = inner.mention.country;
    sector = inner.mention.sector ?? sector;
  }
  /** The state the title has named by its name (`أمير قطر`). */
  let stateNamed: string | null = null;
  /** The state a title governs as its genitive (`سفير الصين`، `وزير دفاع ماليزيا`): the person's own. */
  let titleState: string | null = null;
  let titleEnd = m.end;
  /** Where the nisbas right after the title end (`الرئيس الكوري الجنوبي`), while only nisbas follow it. */
  let nisbaEnd = -1;
  for (let steps = 0; steps < 10; steps++) {
    const t = w.tokens[j];
    if (!t || t.sentence !== sentence) break;
    const gap = w.text.slice((w.tokens[j - 1] as Token).end, t.start);
    if (/[.؟!\n:؛;(«"“]/u.test(gap)) break;
    if (/[،,]/u.test(gap) && ++commas > 1) break;
    const x = lex.index.matchAt(w.tokens, j, BARE);
    // أمير قطر والرئيس التركي رجب طيب أردوغان، أمير قطر وأردوغان: once the title has named its state, a
    // word joined by و opens another party; the title ends before it.
    const xs = x ? usable(w, x.values, j) : [];
    if (x && j > m.end && x.prefix.startsWith("و") && otherParty(w, j, xs, country ?? stateNamed)) break;
    const person = xs.find((v) => v.type === "PERSON" && v.kind !== "role");
    if (x && person) {
      const chosen = best(
        x.values.filter((v) => v.key === person.key),
        w.options.published,
      );
      push(w, j, x.end, x.stripped, {
        ...fromEntry(chosen),
        // A known person keeps the lexicon's role when the title only says "his counterpart".
        // A form of address names no post (`السيد حسن نصر الله`، `آية الله علي خامنئي`): the lexicon's role stays.
        // So does a known person after a counterpart word whose owner is a bare title (`وزير الخارجية
        // الأمريكي نظيره السعودي عادل الجبير`).
        role: other
          ? (chosen.role ?? other.role)
          : tokenIn(lex.counterparts, w.tokens[roleStart]) && chosen.role
            ? chosen.role
            : role.roleKind === "honorific" && roleEnd === m.end
              ? (chosen.role ?? roleText(w, roleStart, roleEnd))
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
      // `واتهم الرئيس الفرنسي روسيا`، `وحث الوزير تركيا`: a word with no article after a definite title is no
      // adjective of it (روسيا، تركيا also read as the accusative nisba); the title ends before it.
      if (definite(w.tokens[m.end - 1] as Token) && !definite(t)) break;
      bare = false;
      country ??= nisba.country;
      if (j === m.end || j === nisbaEnd) nisbaEnd = x.end;
      j = x.end;
      continue;
    }
    // واستقبل وزير الدفاع الفرنسي نظيره المغربي أمس: a counterpart word after the title opens the
    // verb's object, another person of another post's holder; the first title ends before it (party22).
    if (j > m.end && tokenIn(lex.counterparts, t)) break;
    const title = xs.find((v) => v.kind === "role");
    // والتقى الرئيس الأمريكي بالزعيم الكوري الشمالي: a title after the preposition ب opens the object of
    // the verb, another person; the first title ends before it (ل, `للرئيس`, is a genitive and goes on).
    if (x && title && j > m.end && x.prefix.startsWith("ب")) break;
    // والتقى وزير الخارجية الأمريكي الرئيس المصري عبد الفتاح السيسي: a title right after the first title's
    // nisba, with a state of its own after it, opens the verb's object, another state's person; a title of
    // the same state or of none names the same person (`ولي العهد السعودي الأمير محمد بن سلمان`).
    if (x && title && j === nisbaEnd && otherParty(w, j, xs, country)) break;
    if (x && title) {
      bare = false;
      titleAfterComma ||= commas > 0;
      sector = title.sector ?? sector;
      namingTitle ||= NAMING_TITLES.has(title.roleKind);
      j = x.end;
      titleEnd = j;
      continue;
    }
    const name = xs.find((v) => v.kind === "name");
    if (x && name) {
      // A state right after a definite title is no construct with it but the verb's object
      // (`وانتقد الوزير الولايات المتحدة بشدة`): the title ends there, and no name is read after.
      // The same after the title's nisba (`واتهم الرئيس الأمريكي الصين`، `وحث الوزير الروسي تركيا`).
      if (
        name.type === "GPE" &&
        (j === m.end || (j === nisbaEnd && x.prefix === "")) &&
        definite(w.tokens[m.end - 1] as Token)
      )
        break;
      bare = false;
      step(w, j);
      if (name.type === "GPE") stateNamed ??= name.country ?? null;
      // سفير الصين في واشنطن: the state right after the title, with no preposition, is whose the title is;
      // a place after في، لدى or إلى is where the post is held.
      if (name.type === "GPE" && j === titleEnd && x.prefix === "") titleState ??= name.country ?? null;
      if (name.type === "ORG" && name.country) country ??= name.country;
      throughInstitution(x.end);
      j = x.end;
      continue;
    }
    const head = xs.find((v) => v.kind === "head");
    if (x && head) {
      bare = false;
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
      bare = false;
      j++;
      continue;
    }
    const antecedent = anaphor(w, t);
    if (antecedent) {
      bare = false;
      country ??= antecedent.country;
      sector = antecedent.sector ?? sector;
      // `المتحدث باسم الوزارة` after `وزارة الدفاع الصينية`: the role names the institution itself.
      if (role.sector === null && j === m.end)
        roleNamed = `${roleText(w, roleStart, m.end) ?? ""} ${antecedent.name}`.trim();
      j++;
      continue;
    }
    // A journalist's or commentator's name set off by commas after the title is read (`مراسلة الشؤون
    // الدولية، سارة نوري، إن`): such a person is never a party. The same for any title
    // was tried and dropped (docs/EVENTS.md, seventeenth pass: persons).
    const journalist = commentator(role) && commas > 0 && !titleAfterComma;
    if (!namingTitle || (commas > 0 && !titleAfterComma && !journalist)) break;
    // الرئيس الصيني في مايو: after `في`/`لدى` a place comes before any name; a word right after them is none.
    if (lex.placeQualifiers.has((w.tokens[j - 1] as Token).key)) break;
    const end = nameEnd(
      w,
      j,
      country && lex.familyFirst.has(country) ? MAX_SYLLABLE_NAME_TOKENS : MAX_NAME_TOKENS,
    );
    if (end === j) break;
    if (journalist && !setOffName(w, j, end, gap)) break;
    const text = w.text.slice(t.start, (w.tokens[end - 1] as Token).end);
    const mention: MentionCandidate = {
      type: "PERSON",
      key: `person:${text}`,
      name: text,
      nameEn: null,
      // سفير السويد في الأمم المتحدة: the state the title governs is the holder's, before an institution
      // named after `في` (where the post is held).
      country: titleState ?? country,
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
    const pushed = w.out[w.out.length - 1];
    if (pushed && pushed.country === null && !inner && other === null && role.sector !== null)
      w.countryless.push({ mention: pushed, title: role.key });
    return end;
  }
  // وتعهد الرئيس الإيراني في اتصال: `في` or `لدى` the walk passed with no place or name after it is no
  // part of the back-reference.
  if (j > m.end && lex.placeQualifiers.has((w.tokens[j - 1] as Token).key)) j--;
  // `الرئيس الأمريكي حينها`: the back-reference is the title and its nisba, not the time it held.
  while (j > m.end && lex.timeQualifiers.has((w.tokens[j - 1] as Token).key)) j--;
  if (!inner && country !== null && j > m.end && j - m.end <= BACKREF_NISBA_TOKENS) {
    const end = roleBackReference(w, roleStart, m, j, country, role);
    if (end !== null) return end;
    if (role.sector !== null && role.roleKind === "office") {
      const states = w.unnamedTitles.get(role.key) ?? new Set<string>();
      w.unnamedTitles.set(role.key, states.add(country));
    }
  }
  if (bare && country === null) bareRoleReference(w, roleStart, m, role);
  return Math.max(m.end, i + 1);
}

/** A title whose holder reports or comments and acts for no state: journalists (JRN), analysts, experts, activists (SOC). */
function commentator(role: EntityEntry): boolean {
  return role.sector === "JRN" || role.sector === "SOC";
}

/** How many words after a title joined by و its state may stand (`والرئيس التركي`، `ورئيس وزراء اليابان`). */
const JOINED_TITLE_REACH = 3;

/**
 * `أمير قطر والرئيس التركي`، `أمير قطر وأردوغان`: after a title that has named its state,
 * a person or a title joined by و is another party when it is of another state (the person's, or a
 * nisba or state within a few words of the title); `المتحدث باسم الحكومة
 * التركية ونائب رئيس الوزراء` names no other state and stays one person's titles.
 */
function otherParty(w: Walker, j: number, xs: readonly EntityEntry[], state: string | null): boolean {
  if (state === null) return false;
  const person = xs.find((v) => v.type === "PERSON" && v.kind !== "role");
  if (person) return person.country !== null && person.country !== state;
  if (!xs.some((v) => v.kind === "role")) return false;
  const sentence = (w.tokens[j] as Token).sentence;
  for (let k = j + 1; k <= j + JOINED_TITLE_REACH; k++) {
    const t = w.tokens[k];
    if (!t || t.sentence !== sentence) return false;
    const y = w.options.lexicon.index.matchAt(w.tokens, k, BARE);
    const ys = y ? usable(w, y.values, k) : [];
    const other = ys.find(
      (v) =>
        (v.kind === "nisba" ||
          (v.kind === "name" && v.type === "GPE") ||
          (v.type === "PERSON" && v.kind !== "role")) &&
        v.country !== null,
    );
    if (other) return other.country !== state;
  }
  return false;
}
