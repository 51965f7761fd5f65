// What stands between two tokens: the marks a clause or a phrase does not run across.
//
// Readings ask again and again whether a comma or a stop stands between two words (`قال، الثلاثاء، إن`;
// `الصين، التي`). They ask here, by offsets into the original text (one token's `end`, the next one's
// `start`), with one of the named sets below, so that "a clause ends here" means the same in every stage.
// A reading that needs a set of its own names it where it is used and says why.

/** Sets of marks a reading looks for between two offsets. */
const MARKS = {
  /** A clause ends: a comma, a semicolon, a colon or a full stop, Arabic or Latin (`،` `؛` `,` `;` `:` `.`). */
  clause: /[،,؛;:.]/u,
  /** A stop stronger than a comma: a semicolon, a colon or a full stop. */
  strong: /[؛;:.]/u,
  /** A phrase ends: a clause mark, a quotation mark or a bracket (`"` `«` `»` `(` `)`). */
  phrase: /[،,؛;:."«»()]/u,
  /** A comma, Arabic or Latin. */
  comma: /[،,]/u,
  /** A clause mark, a Latin semicolon, an exclamation or question mark, or a bracket; not a quotation mark (`صفقة "تاريخية"`). */
  stop: /[،,.;:؛!?؟()]/u,
  /** Any punctuation between words: a stop or a quotation mark. */
  any: /[،,.;:؛!?؟"«»()]/u,
} as const;

/** Shapes of the whole gap between two offsets. */
const SHAPES = {
  /** White space only: the two words follow each other. */
  space: /^\s*$/u,
  /** One comma with white space around it (`روسيا، الصين`). */
  comma: /^\s*[،,]\s*$/u,
  /** White space and commas only (`الثلاثاء، إن`). */
  commas: /^[\s،,]*$/u,
} as const;

export type GapMarks = keyof typeof MARKS;
export type GapShape = keyof typeof SHAPES;

/** Whether the text between offsets `from` and `to` holds a mark of the set `marks` (a clause mark by default). */
export function markBetween(text: string, from: number, to: number, marks: GapMarks = "clause"): boolean {
  return MARKS[marks].test(text.slice(from, to));
}

/** Whether the text between offsets `from` and `to` is, as a whole, of the shape `shape`. */
export function gapIs(text: string, from: number, to: number, shape: GapShape): boolean {
  return SHAPES[shape].test(text.slice(from, to));
}
