// Named channels (MECHANISM entities): an event about a channel adds a dated line to its history,
// and its status is the one the latest-dated line set (lexicons/channel-status.tsv decides which
// event sets which status). Reports arrive in any order, so the status is recomputed from the
// channel's own history, never from the last report ingested.
import type { Analysis, Event } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import type { Row } from "../pipeline/tsv.ts";
import type { Anchor } from "./anchors.ts";
import type { WriteBatch } from "./batch.ts";

export type ChannelStatus = "active" | "suspended" | "agreed" | "proposed" | "unknown";

const STATUSES = new Set(["active", "suspended", "agreed", "proposed", ""]);

export interface StatusRule {
  type: string;
  mode: string;
  modality: string;
  negated: string;
  /** Empty: the event changes nothing. */
  status: ChannelStatus | "";
}

export function compileStatusRules(rows: readonly Row[]): StatusRule[] {
  return rows.map((r) => {
    const status = r.status ?? "";
    if (!STATUSES.has(status))
      throw new Error(
        `channel-status.tsv: unknown status "${status}"; use active, suspended, agreed or proposed`,
      );
    return {
      type: r.type ?? "",
      mode: r.mode ?? "",
      modality: r.modality ?? "",
      negated: r.negated ?? "",
      status: status as StatusRule["status"],
    };
  });
}

/** The status an event gives its channel, or null when it gives none. */
export function statusOf(e: Event, rules: readonly StatusRule[]): ChannelStatus | null {
  const fits = (cell: string, value: string | null) => cell === "" || cell === value;
  for (const r of rules) {
    if (
      fits(r.type, e.type) &&
      fits(r.mode, e.mode) &&
      fits(r.modality, e.modality) &&
      fits(r.negated, e.negated ? "yes" : "no")
    )
      return r.status === "" ? null : r.status;
  }
  return null;
}

export interface HistoryLine {
  date: string | null;
  status: ChannelStatus;
  seq: number;
}

/** Status and since when: the latest-dated line's status, from the first line of its unbroken run. */
export function currentStatus(lines: readonly HistoryLine[]): {
  status: ChannelStatus;
  since: string | null;
} {
  const sorted = [...lines].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.seq - b.seq);
  const last = sorted[sorted.length - 1];
  if (!last) return { status: "unknown", since: null };
  let i = sorted.length - 1;
  while (i > 0 && (sorted[i - 1] as HistoryLine).status === last.status) i--;
  return { status: last.status, since: (sorted[i] as HistoryLine).date };
}

/** The channel an event is about: its own mechanism, else a channel named inside its evidence. */
function channelOf(e: Event, a: Analysis): string | null {
  if (e.mechanism) return e.mechanism;
  const named = a.entities.find(
    (x) =>
      x.type === "MECHANISM" &&
      x.mentions.some((m) => m.start >= e.evidence.start && m.end <= e.evidence.end),
  );
  return named?.id ?? null;
}

/**
 * Each channel's scope in a document: the states, sorted and joined, of the events about it
 * (`channelOf`). A channel no lexicon row knows is one corpus entity per name and scope
 * (entity-keys.ts), so `اتفاقية وقف إطلاق النار` between two states is not another war's.
 */
export function channelScopes(a: Analysis): Map<string, string> {
  const states = new Map<string, Set<string>>();
  for (const e of a.events) {
    const id = channelOf(e, a);
    if (id === null) continue;
    const set = states.get(id) ?? new Set<string>();
    for (const c of countriesOf(e)) set.add(c);
    states.set(id, set);
  }
  return new Map([...states].map(([id, set]) => [id, [...set].sort().join(",")]));
}

function countriesOf(e: Event): string[] {
  return [
    ...new Set([...e.actor, ...e.recipient].map((p) => p.country).filter((c): c is string => c !== null)),
  ];
}

interface Line {
  channel: string;
  event: Event;
  corpusEvent: string;
  status: ChannelStatus;
}

/** The channels a document names (with their known parties) and the lines its events add to them. */
export interface ChannelPlan {
  channels: Map<string, Set<string>>;
  lines: Line[];
}

/**
 * What a stored document's events do to the channels they name. An event moves a channel only if
 * its states are among the channel's parties when those are known (Pelosi's visit to Taiwan, told
 * in the same sentence as the suspended talks, does not hold the talks). Null: it names none.
 */
export function channelPlan(
  a: Analysis,
  links: {
    entities: ReadonlyMap<string, string>;
    events: ReadonlyMap<string, string>;
    anchors: ReadonlyMap<string, Anchor>;
  },
  rules: readonly StatusRule[],
): ChannelPlan | null {
  const channels = new Map<string, Set<string>>();
  for (const e of a.entities) {
    const id = links.entities.get(e.id);
    if (e.type === "MECHANISM" && id) channels.set(id, new Set(links.anchors.get(id)?.parties ?? []));
  }
  if (channels.size === 0) return null;
  const lines: Line[] = [];
  for (const e of a.events) {
    const local = channelOf(e, a);
    const channel = local ? links.entities.get(local) : undefined;
    const status = statusOf(e, rules);
    if (!channel || !status || !channels.has(channel)) continue;
    const parties = channels.get(channel) as Set<string>;
    const countries = countriesOf(e);
    if (links.anchors.get(channel)?.parties.length && !countries.every((c) => parties.has(c))) continue;
    for (const c of countries) parties.add(c);
    lines.push({ channel, event: e, corpusEvent: links.events.get(e.id) ?? e.id, status });
  }
  return { channels, lines };
}

/** The stored history lines of channels, by channel: read once for a batch, grown by its documents. */
export type ChannelView = Map<string, HistoryLine[]>;

/** One read for a batch: the history of every channel one of its documents adds a line to. */
export async function readChannelView(
  tx: Queryable,
  plans: ReadonlyArray<ChannelPlan | null>,
): Promise<ChannelView> {
  const view: ChannelView = new Map();
  const channels = [...new Set(plans.flatMap((p) => p?.lines.map((l) => l.channel) ?? []))];
  if (channels.length === 0) return view;
  const rows = await tx.query<{ entity_id: string; date: string | null; status: ChannelStatus; seq: string }>(
    `SELECT entity_id, date, status, seq FROM link_channel_history WHERE entity_id = ANY ($1::text[])`,
    [channels],
  );
  for (const r of rows)
    historyOf(view, r.entity_id).push({ date: r.date, status: r.status, seq: Number(r.seq) });
  return view;
}

function historyOf(view: ChannelView, channel: string): HistoryLine[] {
  const lines = view.get(channel) ?? [];
  view.set(channel, lines);
  return lines;
}

/** Records a document's channel plan against `view`, which it then grows; adds its writes to `writes`. */
export function linkChannels(view: ChannelView, a: Analysis, plan: ChannelPlan, writes: ChannelWrites): void {
  const { channels, lines } = plan;
  // New lines come after every stored line of the channels they move, in the order the document tells them.
  const moved = [...new Set(lines.map((l) => l.channel))];
  const next = Math.max(0, ...moved.flatMap((id) => (view.get(id) ?? []).map((h) => h.seq))) + 1;
  for (const [i, l] of lines.entries())
    historyOf(view, l.channel).push({ date: l.event.date, status: l.status, seq: next + i });
  for (const [id, parties] of channels) {
    const row = writes.channels.get(id) ?? { parties: new Set<string>(), state: null };
    for (const p of parties) row.parties.add(p);
    // A channel's status changes only with its history: recomputed when the document moved it.
    if (moved.includes(id)) row.state = currentStatus(view.get(id) ?? []);
    writes.channels.set(id, row);
  }
  for (const [i, l] of lines.entries()) writes.lines.push({ ...l, document: a.document.id, seq: next + i });
}

/** The link stage's channel writes for a batch: one row per channel, the history lines. */
export class ChannelWrites {
  readonly channels = new Map<
    string,
    { parties: Set<string>; state: ReturnType<typeof currentStatus> | null }
  >();
  readonly lines: Array<Line & { document: string; seq: number }> = [];

  write(batch: WriteBatch): void {
    const ids = [...this.channels.keys()];
    if (ids.length === 0) return;
    const row = (id: string) =>
      this.channels.get(id) as { parties: Set<string>; state: ReturnType<typeof currentStatus> | null };
    batch.add(
      `INSERT INTO link_channels (entity_id, parties, status, since)
     SELECT id, coalesce(string_to_array(nullif(parties, ''), '|'), '{}'), coalesce(status, 'unknown'), since
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(id, parties, status, since)
     ON CONFLICT (entity_id) DO UPDATE SET
       parties = (SELECT coalesce(array_agg(DISTINCT p ORDER BY p), '{}') FROM unnest(link_channels.parties || EXCLUDED.parties) AS p),
       status = CASE WHEN EXCLUDED.entity_id = ANY ($5::text[]) THEN EXCLUDED.status ELSE link_channels.status END,
       since = CASE WHEN EXCLUDED.entity_id = ANY ($5::text[]) THEN EXCLUDED.since ELSE link_channels.since END`,
      [
        ids,
        ids.map((id) => [...row(id).parties].sort().join("|")),
        ids.map((id) => row(id).state?.status ?? null),
        ids.map((id) => row(id).state?.since ?? null),
        ids.filter((id) => row(id).state),
      ],
    );
    const lines = this.lines;
    if (lines.length === 0) return;
    batch.add(
      `INSERT INTO link_channel_history (entity_id, document_id, local_id, event_id, date, type, status, evidence, seq)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[])
     ON CONFLICT DO NOTHING`,
      [
        lines.map((l) => l.channel),
        lines.map((l) => l.document),
        lines.map((l) => l.event.id),
        lines.map((l) => l.corpusEvent),
        lines.map((l) => l.event.date),
        lines.map((l) => l.event.type),
        lines.map((l) => l.status),
        lines.map((l) => l.event.evidence.text),
        lines.map((l) => l.seq),
      ],
    );
  }
}

export interface ChannelOut {
  id: string;
  name: string;
  name_en: string | null;
  variants: string[];
  parties: string[];
  status: ChannelStatus;
  since: string | null;
  history: Array<{
    date: string | null;
    event: string;
    type: string;
    status: ChannelStatus;
    evidence: string;
    document: string;
    /** How many documents told this line's event: one line per happening, told by its first report. */
    documents: number;
  }>;
}

/** Every channel with its status and dated history, most recently changed first. */
export async function listChannels(
  db: Queryable,
  filter: { status?: string; limit: number },
): Promise<ChannelOut[]> {
  const rows = await db.query<ChannelOut>(
    `SELECT c.entity_id AS id, e.name, e.name_en,
            coalesce((SELECT array_agg(v.text ORDER BY v.mentions DESC, v.text) FROM link_variants v WHERE v.entity_id = e.id), '{}') AS variants,
            c.parties, c.status, c.since,
            coalesce((SELECT json_agg(json_build_object('date', h.date, 'event', h.event_id, 'type', h.type, 'status', h.status,
                                                       'evidence', h.evidence, 'document', h.document_id)
                                      ORDER BY h.date NULLS FIRST, h.seq)
                        FROM link_channel_history h WHERE h.entity_id = c.entity_id), '[]') AS history
       FROM link_channels c JOIN link_entities e ON e.id = c.entity_id
      WHERE ($1::text IS NULL OR c.status = $1)
      ORDER BY c.since DESC NULLS LAST, e.name
      LIMIT $2`,
    [filter.status ?? null, filter.limit],
  );
  return rows.map((c) => ({ ...c, history: byHappening(c.history) }));
}

/**
 * The same happening reported by several articles moves a channel once: its lines (one per
 * document, each kept for the status) are read as the first of them, with how many documents told it.
 */
export function byHappening(
  lines: ReadonlyArray<Omit<ChannelOut["history"][number], "documents">>,
): ChannelOut["history"] {
  const out: ChannelOut["history"] = [];
  const seen = new Map<string, ChannelOut["history"][number]>();
  for (const l of lines) {
    const first = seen.get(l.event);
    if (first) {
      first.documents++;
      continue;
    }
    const line = { ...l, documents: 1 };
    seen.set(l.event, line);
    out.push(line);
  }
  return out;
}
