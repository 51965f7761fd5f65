// The types every stage consumes and produces. Offsets are UTF-16 code units into
// `CleanDocument.text`, end exclusive.

export interface Span {
  start: number;
  end: number;
}

/** How a RawDocument's `text` is written: plain text, a TREC `<DOC>` body, a whole HTML page, … */
export type RawFormat = "text" | "trec" | "html" | "jsonl" | "feed-item";

/** What `acquire` hands on: one decoded document and the metadata its container gave. */
export interface RawDocument {
  uri: string | null;
  format: RawFormat;
  /** Decoded text; for `html` the whole page, for `feed-item` and `jsonl` text or an HTML fragment. */
  text: string;
  meta: RawMeta;
}

export interface RawMeta {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  /** Tags the container gives (feed categories, JSON `keywords`). */
  keywords?: string[];
  /** Declared language (`ar`, `en`), from HTTP, the feed or the JSON record. */
  lang?: string;
  /** The character encoding the bytes were decoded from (`utf-8`, `windows-1256`). */
  encoding?: string;
  /** Title of the feed an item came from. */
  feed?: string;
}

export interface AppendedArticle {
  title: string | null;
  text: string;
}

/** What `clean` hands on: the main body with its metadata, trailers removed. */
export interface CleanDocument {
  uri: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  outlets: string[];
  /** Outlets the text cites by a cue (`أفادت صحيفة …`, `نقلا عن وكالة …`). */
  cited: string[];
  keywords: string[];
  text: string;
  appended: AppendedArticle[];
  /** ISO 639-1 code of the body's language (`ar`, `en`, `fa`), or `und` when unknown. */
  language: string;
}

export interface BareForm {
  key: string;
  /** The proclitics removed, as a key (`و`, `ل`). */
  prefix: string;
  /** How many letters of the original word the proclitics took. */
  stripped: number;
  /** `filterSlot(key)` (src/arabic/phrases.ts), made once with the form; look-ups compute it when absent. */
  slot?: number;
}

export interface Token extends Span {
  text: string;
  /** Matching key: normalized and folded (alef, ى, ة), harakat and tatweel removed. */
  key: string;
  /** Keys of the token once proclitics are removed (والصين → الصين). */
  bare: BareForm[];
  /** `filterSlot(key)` (src/arabic/phrases.ts), made once with the token; look-ups compute it when absent. */
  slot?: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Only spaces separate it from the token before, so a phrase may run across. */
  linked: boolean;
  /**
   * The word split into proclitics, core and pronoun suffix, as keys (`بنظيره` → ب + نظير + ه;
   * `للصين` → ل + الصين); start/end are the core's offsets in the text. `known`: a lexicon knows the core.
   */
  segments?: { prefix: string; core: string; suffix: string; start: number; end: number; known: boolean };
  /** Light stem key, so inflections meet (`الأمريكيين`, `الأميركية` → `امرك`). */
  stem?: string;
}

export interface Sentence extends Span {
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

export type Granularity = "day" | "month" | "year";

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the text does not fix it. */
  value: string | null;
  endValue: string | null;
  granularity: Granularity | null;
  /** How the value was obtained. */
  basis: "explicit" | "relative" | "weekday" | "unresolved";
  /** The calendar the text wrote the date in; Hijri dates are converted to Gregorian values. */
  calendar?: "gregorian" | "hijri";
  /**
   * A month named with no year and no anchor word (`في يونيو`): the value is the latest such month up
   * to publication, which a future act (`سيزور … في يونيو`) reads as the next one instead.
   */
  yearless?: boolean;
  /**
   * A weekday named with no anchor word (`الجمعة`, not `الجمعة المقبلة`): the value is the latest such
   * day up to publication, which a future act (`سيلتقيان الجمعة`) reads as the next one instead.
   */
  bareWeekday?: boolean;
}

export interface QuoteSpan extends Span {
  /** The words between the quotation marks. */
  inner: Span;
  /** The speech verb that introduces or follows the quote (`قال`, `وأضاف`). */
  verb?: { text: string; start: number; end: number; key: string };
  /** The words between that verb and the quote that name who speaks (`وزير الخارجية الصيني`). */
  speaker?: { text: string; start: number; end: number };
}

/** What the Arabic layer hands on. */
export interface ArabicText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  dates: DateMention[];
  quotes: QuoteSpan[];
  /** Numbers in digits or words (`20`, `عشرين`, `أكثر من 20`, `3.5 مليار`). */
  numbers?: Array<{
    text: string;
    start: number;
    end: number;
    value: number;
    kind: "cardinal" | "ordinal";
    /** `أكثر من 20` → more; `نحو 20` → about. */
    qualifier: "more" | "less" | "about" | "at_least" | "at_most" | null;
  }>;
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "MEDIA" | "MECHANISM" | "OTHER";

export interface Mention extends Span {
  text: string;
}

/** A mention found by a recognizer, before mentions are grouped into entities. */
export interface MentionCandidate extends Mention {
  type: EntityType;
  /** Identity key: mentions with the same key are one entity in this document. */
  key: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  firstToken: number;
  endToken: number;
  /** First token of the title before a person's name (`الرئيس الأمريكي جو بايدن`), else firstToken. */
  titleToken: number;
  /** Proclitics on the first token of the mention or its title, as a key (`ب` in `بنظيره`). */
  prefix: string;
  /**
   * Where it came from, for debugging and precedence; `noun`: a common noun standing for a state the
   * article names (`المملكة`, src/entities/state-nouns.ts), a mention but no event party.
   */
  via: "lexicon" | "pattern" | "coref" | "noun";
  /** For a known channel or agreement: the states it binds (ISO3), so its events know both sides; else null. */
  parties: string[] | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  name_en: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  mentions: Mention[];
}

export type EventType =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "RETREAT"
  | "REQUEST"
  | "ACCUSE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "SANCTION"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT";

export type Modality = "asserted" | "future" | "proposed" | "requested" | "conditional";

export interface Party {
  entity: string | null;
  text: string;
  country: string | null;
  sector: string | null;
}

export interface Evidence extends Span {
  text: string;
}

export interface Event {
  id: string;
  type: EventType;
  mode: string | null;
  context: string[];
  actor: Party[];
  recipient: Party[];
  date: string | null;
  end_date: string | null;
  date_text: string | null;
  location: string | null;
  negated: boolean;
  modality: Modality;
  mechanism: string | null;
  source: string | null;
  evidence: Evidence;
  cameo: string;
  quad: number;
  intensity: number;
}

export interface Quote extends Span {
  speaker: string | null;
  text: string;
}

export interface DocumentOut {
  id: string;
  uri: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  cited: string[];
  keywords: string[];
  text: string;
  appended: AppendedArticle[];
}

/** The `rasd.analysis/1` contract. */
export interface Analysis {
  schema: "rasd.analysis/1";
  document: DocumentOut;
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
}
