// Query parameters of the API as zod schemas: they validate requests and describe them in
// /openapi.json, so the two cannot drift apart.
import { z } from "zod";
import { EVENT_TYPES } from "../pipeline/schema.ts";

export const MAX_LIMIT = 200;
export const MAX_OFFSET = 100_000;

/** ISO 3166 alpha-3 or a three-letter IGO code (`USA`, `CHN`, `IGO`). */
const COUNTRY = /^[A-Za-z]{3}$/u;
/** A (partial) date: `2024`, `2024-05`, `2024-05-14`. */
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;
/** A stored document id: the hex hash of its text. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,128}$/u;

const country = (what: string) =>
  z
    .string()
    .regex(COUNTRY, "must be a three-letter country code such as USA or CHN")
    .transform((s) => s.toUpperCase())
    .describe(what);

const partialDate = (what: string) =>
  z.string().regex(PARTIAL_DATE, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD").describe(what);

const words = (what: string) =>
  z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").describe(what);

export const pageParams = {
  limit: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(50)
    .describe(`rows per page (1–${MAX_LIMIT})`),
  offset: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(0, "must be at least 0")
    .max(MAX_OFFSET, `must be at most ${MAX_OFFSET}`)
    .default(0)
    .describe("rows to skip; the response's next_offset gives the next page"),
};

export const eventFilterParams = {
  actor: country("a country among the actors").optional(),
  recipient: country("a country among the recipients").optional(),
  country: country("a country on either side").optional(),
  type: z.enum(EVENT_TYPES, { error: `must be a PLOVER event type: ${EVENT_TYPES.join(", ")}` }).optional(),
  from: partialDate("events on or after this date").optional(),
  to: partialDate("events on or before this date (a month or year includes all of it)").optional(),
  text: words("words the evidence sentence contains").optional(),
  mechanism: words(
    "the channel the event is about: its id from /api/channels or /api/entities, or its name (Arabic in any spelling, or English)",
  ).optional(),
  sort: z
    .enum(["date", "-date", "type"], { error: "must be date, -date or type" })
    .default("date")
    .describe("date (oldest first), -date (newest first) or type"),
};

export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "MEDIA", "MECHANISM", "OTHER"] as const;

export const MAX_TEXT_CHARS = 2_000_000;

const ingestBody = z
  .strictObject({
    text: z
      .string()
      .min(1, "must not be empty")
      .max(MAX_TEXT_CHARS)
      .optional()
      .describe("the article as text"),
    html: z
      .string()
      .min(1, "must not be empty")
      .max(MAX_TEXT_CHARS)
      .optional()
      .describe("the article as an HTML page"),
    url: z
      .url({ protocol: /^https?$/u, error: "must be an http(s) URL" })
      .optional()
      .describe("where the article was published (stored, never fetched)"),
    title: z.string().max(1000).optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, "must be YYYY-MM-DD")
      .optional(),
    outlet: z.string().max(200).optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: "send exactly one of text and html",
    path: ["text"],
  });

export const QUERIES = {
  none: z.strictObject({}),
  ingestBody,
  page: z.strictObject(pageParams),
  documentSearch: z.strictObject({
    q: words(
      'words to find in titles and text, stemmed; "…" for a phrase, -word to leave out, or between alternatives',
    ),
    ...pageParams,
  }),
  entities: z.strictObject({
    q: words("a name, or a word of it").optional(),
    type: z.enum(ENTITY_TYPES, { error: `must be one of ${ENTITY_TYPES.join(", ")}` }).optional(),
    country: country("the entity's country").optional(),
    ...pageParams,
  }),
  events: z.strictObject({ ...eventFilterParams, ...pageParams }),
  timeline: z.strictObject({
    a: country("first country of the dyad"),
    b: country("second country of the dyad"),
    ...pageParams,
  }),
  /** The web timeline: the dyad is optional (the most active one by default). */
  timelinePage: z
    .strictObject({
      a: country("first country of the dyad").optional(),
      b: country("second country of the dyad").optional(),
      per: z
        .enum(["event", "happening"], { error: "must be event or happening" })
        .default("happening")
        .describe(
          "happening (a point per event however many articles report it) or event (a point per report)",
        ),
    })
    .refine((q) => (q.a === undefined) === (q.b === undefined), {
      message: "give both countries or neither",
      path: ["b"],
    }),
  export: z.strictObject({
    format: z
      .enum(["plover-jsonl", "csv", "json"], { error: "must be plover-jsonl, csv or json" })
      .default("plover-jsonl")
      .describe("plover-jsonl (one PLOVER record a line), csv (one row an event) or json"),
    ...eventFilterParams,
  }),
} as const;

const report = z.object({
  document: z.string().describe("the document that reports it"),
  event: z.string().describe("the event's id within that document (`v1`)"),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  uri: z.string().nullable(),
  evidence: z.string().describe("the sentence of that report"),
});

/** An item of /api/events and /api/timeline: a happening, however many articles report it. */
const happening = z.object({
  happening: z.string().describe("the link stage's id of the happening"),
  event: z
    .looseObject({ id: z.string(), type: z.string(), date: z.string().nullable() })
    .describe(
      "the event as its first report coded it (rasd.analysis/1 event; parties carry corpus entity ids)",
    ),
  document: z.string().describe("the first report's document (the event's evidence offsets are in it)"),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  uri: z.string().nullable(),
  sources: z
    .number()
    .int()
    .describe("outlets that reported it (a document without an outlet counts as its own)"),
  documents: z.number().int().describe("documents that reported it"),
  mentions: z.array(report).describe("every report, earliest published first"),
});

/** Response bodies described in /openapi.json. */
export const RESPONSES = {
  happenings: z.object({
    items: z.array(happening),
    limit: z.number().int(),
    offset: z.number().int(),
    next_offset: z.number().int().nullable(),
  }),
} as const;

export const documentIdParam = z.string().regex(DOCUMENT_ID, "is not a document id");

/** The exclusive upper bound after a (partial) date: 2024 → 2025, 2024-12 → 2025-01, 2024-02-29 → 2024-03-01. */
export function dateAfter(d: string): string {
  const [y, m, day] = d.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y + 1);
  if (day === undefined) return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return new Date(Date.UTC(y, m - 1, day + 1)).toISOString().slice(0, 10);
}

/** One line naming the parameter and what is wrong with it. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? i.path.join(".") : "query";
      if (i.code === "unrecognized_keys") return `unknown parameter(s): ${i.keys.join(", ")}`;
      return `${where}: ${i.message}`;
    })
    .join("; ");
}
