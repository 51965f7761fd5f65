// Inflections of trigger verbs and verbal nouns, generated from the stems a lexicon row gives
// (`v:اتفق/يتفق`, `n:اتفاق/اتفاقات`), so the lexicon lists a word once and the matcher meets
// every form news prose writes: اتفقتا، يتفقون، اتهمته، اتفاقها، اتفاقاً.

/**
 * A verb entry: `v:PAST/PRESENT`, the third person masculine singular of each (`v:دعا/يدعو`);
 * `vi:` for a verb that takes no object pronoun (`vi:تعاون/يتعاون`: `تعاونها` is a noun).
 */
const VERB_ENTRY = /^(vi?):(\p{Script=Arabic}+)(?:\/(\p{Script=Arabic}+))?(?:\s+(.+))?$/u;
/** A noun entry: `n:SINGULAR/PLURAL`, the plural optional (`n:زيارة/زيارات`، `n:قصف`). */
const NOUN_ENTRY = /^n:(\p{Script=Arabic}+)(?:\/(\p{Script=Arabic}+))?(?:\s+(.+))?$/u;

/** Attached object pronouns of a verb and possessive pronouns of a noun (`اتهمها`، `زيارته`). */
export const ATTACHED_PRONOUNS: readonly string[] = ["ه", "ها", "هما", "هم"];

export type FormKind = "verb" | "noun";

export interface GeneratedForm {
  form: string;
  kind: FormKind;
  /**
   * The first word ends in the pronoun ه (`زاره` "visited him"), which keys fold together with
   * ة: the matcher must not read `وزارة` as و + زاره.
   */
  pronounHeh: boolean;
  /** A verb form with an attached object pronoun (`دعاها` → ها, `اتهمه` → ه), else absent. */
  object?: string;
  /**
   * An imperfect with an object pronoun (`تتهمها`، `يدعمه`): an act only right after a relative
   * pronoun whose antecedent the pronoun stands for (`إيران، التي تتهمها واشنطن`, relative-object.ts).
   */
  relativeOnly?: boolean;
}

/**
 * The forms of one stem entry. A verb gives the perfect (3rd person m/f singular and dual, 1st
 * plural; the passive is spelled the same without vowels) with an attached object pronoun, and
 * the imperfect with ي ت ن in the indicative, subjunctive and jussive. States take the feminine
 * singular or the dual; the masculine plural (`طالبوا`، `يؤيدون`) reports groups of people far
 * more often, so it is left to explicit forms (`اتفقوا`). A noun gives singular and plural,
 * with the article (not the plural), with a possessive pronoun, and the accusative spelling with
 * alef (`اتفاقاً` → `اتفاقا`). Words after the stem (`v:فرض/يفرض عقوبات`) follow every form
 * unchanged. Throws on an entry it cannot read.
 */
export function expandEntry(entry: string): GeneratedForm[] {
  const verb = VERB_ENTRY.exec(entry);
  if (verb) {
    const [, marker, past, present, tail] = verb;
    const forms = verbForms(past as string, present, { objects: marker === "v" });
    const plain = new Set(verbForms(past as string, present, { objects: false }));
    const generated = withTail(forms, tail, "verb", [past, present]);
    // The forms only the pronouns add carry their pronoun, longest first (`دعاهما` is هما, not ا + ه).
    const longest = [...ATTACHED_PRONOUNS].sort((a, b) => b.length - a.length);
    forms.forEach((f, i) => {
      const g = generated[i] as GeneratedForm;
      // طلبناها: a pronoun after the first person (`نا`) is left out; news reports third persons' acts.
      const p = plain.has(f) ? undefined : longest.find((x) => f.endsWith(x));
      if (p && !f.slice(0, -p.length).endsWith("نا")) g.object = p;
    });
    if (marker === "v" && present !== undefined)
      generated.push(...relativeImperfects(present, tail, generated));
    return generated;
  }
  const noun = NOUN_ENTRY.exec(entry);
  if (noun) return withTail(nounForms(noun[1] as string, noun[2]), noun[3], "noun", [noun[1], noun[2]]);
  throw new Error(
    `trigger stem entry "${entry}" is neither "v:PAST/PRESENT" (v:اتهم/يتهم, vi:اتفق/يتفق) nor "n:SINGULAR/PLURAL" (n:اتفاق/اتفاقات): fix the stems column of lexicons/triggers.tsv`,
  );
}

/**
 * `تتهمها`، `يدعمه`: the imperfect he / she with an object pronoun, flagged relativeOnly; forms the
 * entry already gives are left out.
 */
function relativeImperfects(
  present: string,
  tail: string | undefined,
  have: readonly GeneratedForm[],
): GeneratedForm[] {
  const seen = new Set(have.map((g) => g.form));
  const base = present.slice(1);
  const forms = ["ي", "ت"].flatMap((p) => withPronouns([p + base]));
  return withTail(forms, tail, "verb", [present])
    .filter((g) => !seen.has(g.form))
    .map((g) => ({
      ...g,
      object: LONGEST.find((x) => (g.form.split(" ")[0] as string).endsWith(x)),
      relativeOnly: true,
    }));
}

/** The pronouns longest first (`دعاهما` is هما, not ا + ه). */
const LONGEST = [...ATTACHED_PRONOUNS].sort((a, b) => b.length - a.length);

function withTail(
  forms: Iterable<string>,
  tail: string | undefined,
  kind: FormKind,
  stems: ReadonlyArray<string | undefined>,
): GeneratedForm[] {
  const rest = tail ? ` ${tail.trim().split(/\s+/u).join(" ")}` : "";
  const stemHeh = stems.some((s) => s?.endsWith("ه"));
  return [...new Set(forms)].map((f) => ({
    form: f + rest,
    kind,
    pronounHeh: f.endsWith("ه") && !stemHeh,
  }));
}

export interface VerbOptions {
  /** The verb is transitive: generate attached object pronouns (`اتهمه`). Default true. */
  objects?: boolean;
}

/** Forms of a verb from its perfect and imperfect third person masculine singular. */
export function verbForms(past: string, present?: string, options: VerbOptions = {}): string[] {
  const pronouns = options.objects === false ? [] : ATTACHED_PRONOUNS;
  const out = perfectForms(past, pronouns);
  if (present !== undefined) out.push(...imperfectForms(present));
  return [...new Set(out)];
}

/** Final alef maksura or alef of a defective perfect (`ألغى`، `التقى`، `دعا`). */
const DEFECTIVE_PAST = /[ىا]$/u;

function perfectForms(past: string, pronouns: readonly string[]): string[] {
  if (DEFECTIVE_PAST.test(past)) {
    const base = past.slice(0, -1);
    // دعا: دعوا, دعونا; ألغى: ألغيا, ألغوا, ألغينا.
    const w = past.endsWith("ا") ? "و" : "ي";
    const subjects = [past, `${base}ت`, `${base}${w}ا`, `${base}تا`, `${base}${w}نا`];
    // Before a pronoun the final letter is written alef: ألغاه، دعاها، ألغته.
    const hosts = [`${base}ا`, `${base}ت`, `${base}${w}ا`];
    return [...subjects, ...withPronouns(hosts, pronouns)];
  }
  const subjects = [past, `${past}ت`, `${past}ا`, `${past}تا`, `${past}نا`];
  // اتهمه، اتهمته، اتهماه.
  const hosts = [past, `${past}ت`, `${past}ا`, `${past}نا`];
  return [...subjects, ...withPronouns(hosts, pronouns)];
}

/** The person prefixes of the imperfect that news prose uses: he, she/they two (f), we. */
const PERSON_PREFIXES = ["ي", "ت", "ن"];

/**
 * The imperfect: he, she (and they two, feminine), we; the dual with ي and ت, in the indicative
 * and the subjunctive/jussive; the jussive of a defective verb (`لم يلتق`). No object pronoun:
 * `الذي تتهمه أنقرة`، `التي تدعمها إيران` are relative clauses about their antecedent far more
 * often than reports of an act.
 */
function imperfectForms(present: string): string[] {
  if (!present.startsWith("ي")) {
    throw new Error(
      `trigger present stem "${present}" must be the 3rd person masculine singular, starting with ي (يتفق): fix the stems column of lexicons/triggers.tsv`,
    );
  }
  const base = present.slice(1);
  const defective = base.endsWith("ي") || base.endsWith("و");
  return PERSON_PREFIXES.flatMap((p) => {
    const stem = p + base;
    const duals = p === "ن" ? [] : [`${stem}ان`, `${stem}ا`];
    // يلغي، لم يلغ؛ يدعو، لم يدع.
    return [stem, ...duals, ...(defective ? [stem.slice(0, -1)] : [])];
  });
}

function withPronouns(hosts: readonly string[], pronouns: readonly string[] = ATTACHED_PRONOUNS): string[] {
  return hosts.flatMap((h) => pronouns.map((p) => h + p));
}

/**
 * Forms of a verbal noun from its singular and, when it has one, its plural. No dual: `زيارتين`
 * counts acts told elsewhere rather than reporting one.
 */
export function nounForms(singular: string, plural?: string): string[] {
  // The definite plural names a class of past acts (`الاتهامات الموجهة لها`، `الضربات الجوية`)
  // more often than one act, so it is left to explicit forms.
  const out: string[] = [singular, `ال${singular}`, ...(plural ? [plural] : [])];
  out.push(...accusativeOf(singular));
  if (plural && !plural.endsWith("ات")) out.push(...accusativeOf(plural));
  for (const host of pronounHosts(singular)) out.push(...withPronouns([host]));
  if (plural) out.push(...withPronouns([plural.endsWith("ون") ? plural.slice(0, -1) : plural]));
  return [...new Set(out)];
}

/** اتفاقاً → اتفاقا; a word ending in ة or in اء takes no alef (`زيارةً`، `لقاءً`). */
function accusativeOf(word: string): string[] {
  if (word.endsWith("ة") || word.endsWith("اء") || word.endsWith("ى")) return [];
  return [`${word}ا`];
}

/** The spelling a pronoun is written on: زيارة → زيارت; لقاء → لقاؤ، لقاء، لقائ (by case). */
function pronounHosts(singular: string): string[] {
  if (singular.endsWith("ة")) return [`${singular.slice(0, -1)}ت`];
  if (singular.endsWith("اء")) {
    const base = singular.slice(0, -1);
    return [`${base}ؤ`, singular, `${base}ئ`];
  }
  return [singular];
}
