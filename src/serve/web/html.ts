// A tagged template that escapes every value it is given, so text from articles can never
// become markup: h`<p>${title}</p>`. Only `Safe` values (built by `h` itself) pass unescaped.

export class Safe {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an element or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ESCAPES[c] as string);
}

export type Value = Safe | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof Safe) return v.html;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function h(strings: TemplateStringsArray, ...values: Value[]): Safe {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return new Safe(out);
}

/** A query string from parameters, leaving out empty ones: `?a=USA&b=CHN`. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
