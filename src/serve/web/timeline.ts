// The dyad timeline as an SVG drawn on the server from the events: time runs right to left
// like the page, cooperation (PLOVER quads 1–2) above the axis and conflict (3–4) below, each
// point a link to its evidence in the document.
import type { EventItem } from "../../store/browse-events.ts";
import { h, type Safe } from "./html.ts";

export const CHART = { width: 960, height: 340, left: 48, right: 24, top: 24, bottom: 44 };

/** Milliseconds of a partial date's middle: 2024 → 1 July 2024, 2024-05 → 15 May 2024. */
export function dateValue(d: string): number {
  const [y, m, day] = d.split("-").map(Number) as [number, number | undefined, number | undefined];
  return Date.UTC(y, m === undefined ? 6 : m - 1, day ?? (m === undefined ? 1 : 15));
}

interface Tick {
  at: number;
  label: string;
}

/** Year ticks when the span is over two years, else month ticks (at most 12 of them). */
function ticks(min: number, max: number): Tick[] {
  const first = new Date(min);
  const out: Tick[] = [];
  const years = (max - min) / (365 * 864e5) > 2;
  const step = years ? 12 : Math.max(1, Math.ceil((max - min) / (30 * 864e5) / 12));
  let y = first.getUTCFullYear();
  let m = years ? 0 : first.getUTCMonth();
  for (let t = Date.UTC(y, m, 1); t <= max; t = Date.UTC(y, m, 1)) {
    if (t >= min) out.push({ at: t, label: years ? String(y) : `${y}-${String(m + 1).padStart(2, "0")}` });
    m += step;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return out;
}

/** A point's radius: larger the more outlets reported its happening (up to five). */
export function pointRadius(sources: number | null): number {
  return 7 + 2 * Math.min(4, Math.max(0, (sources ?? 1) - 1));
}

export function timelineSvg(items: readonly EventItem[]): Safe {
  const dated = items.filter((i) => i.event.date !== null);
  const { width, height, left, right, top, bottom } = CHART;
  const values = dated.map((i) => dateValue(i.event.date as string));
  const pad = 20 * 864e5;
  const min = Math.min(...values) - pad;
  const max = Math.max(...values) + pad;
  // Right to left: the earliest date is at the right edge.
  const x = (t: number) => width - right - ((t - min) / (max - min)) * (width - left - right);
  const y = (v: number) => top + ((10 - v) / 20) * (height - top - bottom);
  const points = dated.map((i, k) => {
    const e = i.event;
    const cx = x(values[k] as number).toFixed(1);
    const cy = y(e.intensity).toFixed(1);
    const sources = i.sources === null ? "" : ` · ${i.sources} مصدر`;
    const label = `${e.date} · ${e.type}${sources} · ${e.evidence.text}`;
    return h`<a class="point" href="/documents/${i.document}#event-${e.id}" data-document="${i.document}" data-event="${e.id}" data-date="${e.date}" data-type="${e.type}" data-evidence="${e.evidence.text}" data-outlet="${i.outlet ?? ""}" data-sources="${i.sources ?? ""}"><circle class="pt q${e.quad}" cx="${cx}" cy="${cy}" r="${pointRadius(i.sources)}"><title>${label}</title></circle></a>`;
  });
  const axis = y(0).toFixed(1);
  const tickMarks = dated.length
    ? ticks(min, max).map((t) => {
        const tx = x(t.at).toFixed(1);
        return h`<line class="tick" x1="${tx}" x2="${tx}" y1="${top}" y2="${height - bottom}"></line><text class="tick-label" x="${tx}" y="${height - bottom + 18}" text-anchor="middle">${t.label}</text>`;
      })
    : [];
  return h`<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="الخط الزمني · timeline" xmlns="http://www.w3.org/2000/svg">
<rect class="band coop" x="${left}" y="${top}" width="${width - left - right}" height="${(Number(axis) - top).toFixed(1)}"></rect>
<rect class="band conflict" x="${left}" y="${axis}" width="${width - left - right}" height="${(height - bottom - Number(axis)).toFixed(1)}"></rect>
${tickMarks}
<line class="axis" x1="${left}" x2="${width - right}" y1="${axis}" y2="${axis}"></line>
<text class="side-label" x="${width - right - 6}" y="${top + 16}" text-anchor="start">تعاون · cooperation</text>
<text class="side-label" x="${width - right - 6}" y="${height - bottom - 8}" text-anchor="start">نزاع · conflict</text>
<text class="scale-label" x="${left - 8}" y="${y(10) + 4}" text-anchor="end">+10</text>
<text class="scale-label" x="${left - 8}" y="${Number(axis) + 4}" text-anchor="end">0</text>
<text class="scale-label" x="${left - 8}" y="${y(-10) + 4}" text-anchor="end">−10</text>
${points}
</svg>`;
}
