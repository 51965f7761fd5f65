// The OpenAPI 3.1 document of the API, with query parameters taken from the same zod schemas
// that validate requests (params.ts).
import { z } from "zod";
import { QUERIES, RESPONSES } from "./params.ts";

type QueryName = Exclude<keyof typeof QUERIES, "ingestBody">;

interface Operation {
  path: string;
  summary: string;
  query: QueryName;
  pathParams?: Array<{ name: string; description: string }>;
  produces?: string[];
  /** The JSON body of a 200, when described. */
  response?: keyof typeof RESPONSES;
}

/** Every GET operation of the API: the table /openapi.json is built from. */
export const OPERATIONS: readonly Operation[] = [
  { path: "/api/overview", summary: "Counts, the latest events and the most active dyads", query: "none" },
  { path: "/api/documents", summary: "Documents, newest first", query: "page" },
  {
    path: "/api/documents/{id}",
    summary: "One document with its mentions (offsets into text) and events (evidence offsets)",
    query: "none",
    pathParams: [{ name: "id", description: "document id (hash of its text)" }],
  },
  {
    path: "/api/search",
    summary:
      "Full-text search over titles and text (Arabic stemming): hits best first, each with a snippet, matched words between « »",
    query: "documentSearch",
  },
  {
    path: "/api/entities",
    summary:
      "Entities across documents (the link stage's, every spelling merged), by a name or spelling, type or country",
    query: "entities",
  },
  {
    path: "/api/entities/{id}",
    summary:
      "One entity across documents (every spelling merged): spelling variants, roles over time, documents, co-occurring entities and a page of the happenings it takes part in",
    query: "page",
    pathParams: [{ name: "id", description: "entity id from /api/entities" }],
  },
  {
    path: "/api/events",
    summary:
      "Happenings (one per event however many articles report it, with every report and the number of sources), filtered by country, type, dates, text and channel (mechanism)",
    query: "events",
    response: "happenings",
  },
  {
    path: "/api/timeline",
    summary: "The happenings between two countries (both among the parties), in date order, undated last",
    query: "timeline",
    response: "happenings",
  },
  { path: "/api/dyads", summary: "Country pairs with the most events", query: "page" },
  {
    path: "/api/channels",
    summary: "Channels (mechanisms) with parties, status, since and dated history",
    query: "page",
  },
  {
    path: "/api/stories",
    summary: "Stories: articles about the same happening (two or more)",
    query: "page",
  },
  {
    path: "/api/export",
    summary:
      "All matching events, one record per report with its happening and sources, as PLOVER JSON Lines, CSV or JSON",
    query: "export",
    produces: ["application/x-ndjson", "text/csv", "application/json"],
  },
];

const ERROR = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" } },
};

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
}

function queryParameters(name: QueryName) {
  const schema = z.toJSONSchema(QUERIES[name], { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([param, s]) => ({
    name: param,
    in: "query",
    required: schema.required?.includes(param) ?? false,
    description: s.description,
    schema: s,
  }));
}

function operation(op: Operation) {
  const body = op.response ? { schema: z.toJSONSchema(RESPONSES[op.response], { io: "output" }) } : {};
  const content = Object.fromEntries((op.produces ?? ["application/json"]).map((t) => [t, body]));
  return {
    get: {
      summary: op.summary,
      parameters: [
        ...(op.pathParams ?? []).map((p) => ({
          ...p,
          in: "path",
          required: true,
          schema: { type: "string" },
        })),
        ...queryParameters(op.query),
      ],
      responses: {
        "200": { description: "OK", content },
        "400": errorResponse("a parameter is invalid; the message names it"),
        ...(op.pathParams ? { "404": errorResponse("not found") } : {}),
      },
    },
  };
}

function ingestOperation() {
  return {
    post: {
      summary: "Analyse and store one article (only with `rasd serve --allow-ingest`)",
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: {
          "application/json": { schema: z.toJSONSchema(QUERIES.ingestBody, { io: "input" }) },
          "text/plain": { schema: { type: "string" } },
          "text/html": { schema: { type: "string" } },
        },
      },
      responses: {
        "201": { description: "stored" },
        "200": { description: "already stored (same text)" },
        "400": errorResponse("the body is invalid"),
        "401": errorResponse("no or wrong bearer token, or the server is read-only"),
        "413": errorResponse("the body is too large"),
        "415": errorResponse("unsupported content type"),
      },
    },
  };
}

export function openApiDocument(options: { ingest: boolean }) {
  const paths: Record<string, object> = {};
  for (const op of OPERATIONS) paths[op.path] = operation(op);
  paths["/api/documents"] = { ...paths["/api/documents"], ...ingestOperation() };
  return {
    openapi: "3.1.0",
    info: {
      title: "Rasd (رصد) API",
      version: "0.1.0",
      description: `Event data from Arabic news, coded in PLOVER. ${options.ingest ? "This server accepts documents (POST /api/documents)." : "This server is read-only."}`,
    },
    paths,
    components: {
      schemas: { Error: ERROR },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
