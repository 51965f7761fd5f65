// The `rasd.analysis/1` contract as a zod schema; `rasd schema` prints it as JSON Schema.
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, "YYYY, YYYY-MM or YYYY-MM-DD");
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

const party = z.object({
  entity: z.string().nullable(),
  text: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
});

export const analysisSchema = z
  .object({
    schema: z.literal("rasd.analysis/1"),
    document: z.object({
      id: z.string().min(1),
      uri: z.string().nullable(),
      title: z.string().nullable(),
      published: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/u)
        .nullable(),
      outlet: z.string().nullable(),
      cited: z.array(z.string()),
      keywords: z.array(z.string()),
      text: z.string(),
      appended: z.array(z.object({ title: z.string().nullable(), text: z.string() })),
    }),
    entities: z.array(
      z.object({
        id: z.string(),
        type: z.enum(["PERSON", "ORG", "GPE", "LOC", "MEDIA", "MECHANISM", "OTHER"]),
        name: z.string(),
        name_en: z.string().nullable(),
        country: z.string().nullable(),
        sector: z.string().nullable(),
        role: z.string().nullable(),
        mentions: z.array(z.object({ text: z.string(), ...span })),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        type: z.enum(EVENT_TYPES),
        mode: z.string().nullable(),
        context: z.array(z.string()),
        actor: z.array(party),
        recipient: z.array(party),
        date: isoDate.nullable(),
        end_date: isoDate.nullable(),
        date_text: z.string().nullable(),
        location: z.string().nullable(),
        negated: z.boolean(),
        modality: z.enum(["asserted", "future", "proposed", "requested", "conditional"]),
        mechanism: z.string().nullable(),
        source: z.string().nullable(),
        evidence: z.object({ text: z.string(), ...span }),
        cameo: z.string().regex(/^(0[1-9]|1\d|20)$/u),
        quad: z.number().int().min(1).max(4),
        intensity: z.number().min(-10).max(10),
      }),
    ),
    quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string(), ...span })),
  })
  .superRefine((a, ctx) => {
    // Offsets must slice the body back to the text they claim.
    const text = a.document.text;
    const check = (s: { start: number; end: number; text: string }, path: (string | number)[]): void => {
      if (text.slice(s.start, s.end) !== s.text) {
        ctx.addIssue({ code: "custom", path, message: "offsets do not slice document.text to this text" });
      }
    };
    for (const [i, e] of a.entities.entries()) {
      for (const [j, m] of e.mentions.entries()) check(m, ["entities", i, "mentions", j]);
    }
    for (const [i, e] of a.events.entries()) check(e.evidence, ["events", i, "evidence"]);
    for (const [i, q] of a.quotes.entries()) check(q, ["quotes", i]);
    const ids = new Set(a.entities.map((e) => e.id));
    a.events.forEach((e, i) => {
      for (const p of [...e.actor, ...e.recipient]) {
        if (p.entity !== null && !ids.has(p.entity))
          ctx.addIssue({ code: "custom", path: ["events", i], message: `unknown entity ${p.entity}` });
      }
    });
  });

export type AnalysisOutput = z.infer<typeof analysisSchema>;

export function analysisJsonSchema(): unknown {
  return z.toJSONSchema(analysisSchema, { unrepresentable: "any" });
}
