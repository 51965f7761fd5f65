// The body of a document as HTML with its event evidence and entity mentions marked, built
// from offsets: events are the outer layer (they may overlap: two events of one sentence),
// mentions the inner one, clipped where an event span starts or ends.
import { h, type Safe } from "./html.ts";

export interface MentionSpan {
  start: number;
  end: number;
  type: string;
  name: string;
  /** Cross-document entity id, for the link to the entity page (null: the document is not linked). */
  entityId: string | null;
}

export interface EventSpan {
  start: number;
  end: number;
  /** Event id within the document (`v1`). */
  id: string;
  type: string;
  quad: number;
}

/** Sorted distinct offsets where any span starts or ends, plus both ends of the text. */
function boundaries(length: number, spans: readonly { start: number; end: number }[]): number[] {
  const set = new Set<number>([0, length]);
  for (const s of spans) {
    set.add(Math.max(0, Math.min(length, s.start)));
    set.add(Math.max(0, Math.min(length, s.end)));
  }
  return [...set].sort((a, b) => a - b);
}

function mentionsIn(text: string, from: number, to: number, mentions: readonly MentionSpan[]): Safe {
  const inside = mentions.filter((m) => m.start < to && m.end > from);
  const parts: Safe[] = [];
  let at = from;
  for (const m of inside) {
    const s = Math.max(from, m.start);
    const e = Math.min(to, m.end);
    if (s < at) continue;
    parts.push(h`${text.slice(at, s)}`);
    parts.push(
      m.entityId === null
        ? h`<span class="ent ent-${m.type}" title="${m.name} · ${m.type}">${text.slice(s, e)}</span>`
        : h`<a class="ent ent-${m.type}" href="/entities/${encodeURIComponent(m.entityId)}" title="${m.name} · ${m.type}">${text.slice(s, e)}</a>`,
    );
    at = e;
  }
  parts.push(h`${text.slice(at, to)}`);
  return h`${parts}`;
}

export function highlight(
  text: string,
  mentions: readonly MentionSpan[],
  events: readonly EventSpan[],
): Safe {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const cuts = boundaries(text.length, events);
  const out: Safe[] = [];
  const opened = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const active = events.filter((e) => e.start <= from && e.end >= to && e.start < e.end);
    const inner = mentionsIn(text, from, to, sorted);
    if (active.length === 0) {
      out.push(inner);
      continue;
    }
    const first = active[0] as EventSpan;
    const anchors = active.filter((e) => !opened.has(e.id));
    for (const e of anchors) opened.add(e.id);
    const ids = active.map((e) => e.id).join(" ");
    const title = active.map((e) => e.type).join(" + ");
    out.push(
      h`${anchors.map((e) => h`<span class="anchor" id="event-${e.id}"></span>`)}<mark class="ev q${first.quad}" data-events="${ids}" title="${title}">${inner}</mark>`,
    );
  }
  return h`${out}`;
}
