// What a title says about its person: the institution it runs into, a counterpart's post, an appositive, the role's text.

import { BARE } from "../arabic/phrases.ts";
import { offsetAfterLetters, tokenIn } from "../arabic/tokens.ts";
import type { MentionCandidate, Token } from "../pipeline/types.ts";
import { emitName, institution, nisbaAt, usable } from "./lexicon-names.ts";
import type { Walker } from "./walker.ts";
import { gapIs } from "../arabic/gaps.ts";

/** `رئيسة مجلس النواب الأمريكي`: an institution that a title runs into is a mention of its own. */
export function innerInstitution(
  w: Walker,
  first: number,
  end: number,
): { end: number; mention: MentionCandidate } | null {
  for (let k = first + 1; k < end; k++) {
    const x = w.options.lexicon.index.matchAt(w.tokens, k, BARE);
    if (!x) continue;
    const xs = usable(w, x.values, k);
    const org = xs.find((v) => v.kind === "name" && v.type === "ORG");
    const head = xs.find((v) => v.kind === "head");
    const before = w.out.length;
    const stop = org ? emitName(w, k, x, org) : head ? institution(w, k, x, head) : null;
    const mention = w.out[w.out.length - 1];
    if (stop !== null && w.out.length > before && mention && mention.endToken >= end)
      return { end: stop, mention };
    w.out.length = before;
  }
  return null;
}

/** `ليو زان، الملحق العسكري الصيني`: a title after the name gives a missing country. */
export function appositive(w: Walker, end: number, mention: MentionCandidate): void {
  const t = w.tokens[end];
  if (!t || mention.country || !gapIs(w.text, (w.tokens[end - 1] as Token).end, t.start, "comma")) return;
  const title = w.options.lexicon.index.matchAt(w.tokens, end, BARE);
  const role = title?.values.find((v) => v.kind === "role");
  if (!title || !role) return;
  const nisba = nisbaAt(w, title.end, end);
  if (nisba) mention.country = nisba.country;
  mention.role ??= role.role;
  mention.sector ??= role.sector;
}

/** `التقى وزير الدفاع الأمريكي … نظيره الروسي أندريه بيلوسوف`: a counterpart holds the role of the person before. */
export function counterpart(w: Walker, first: number): { role: string; sector: string | null } | null {
  const t = w.tokens[first] as Token;
  const lex = w.options.lexicon;
  // tokenIn: a loop, no closure per call, and the SlotSet's bit test before any look-up.
  if (!tokenIn(lex.counterparts, t)) return null;
  for (let k = w.out.length - 1; k >= 0; k--) {
    const p = w.out[k] as MentionCandidate;
    if ((w.tokens[p.firstToken] as Token).sentence !== t.sentence) return null;
    if (p.type === "PERSON" && p.role) return { role: p.role, sector: p.sector };
  }
  return null;
}

export function roleText(w: Walker, first: number, end: number): string | null {
  const a = w.tokens[first];
  const b = w.tokens[end - 1];
  if (!a || !b) return null;
  const t = w.text.slice(a.start, b.end);
  const bare = a.bare[0];
  // والرئيس، لوزير الدفاع، بنائب رئيس: the role is written without its proclitics (but وزير is whole).
  const whole = w.options.lexicon.index
    .matchAt(w.tokens, first, { bare: false })
    ?.values.some((v) => v.kind === "role");
  return bare && !/^ال/u.test(a.key) && (/^ال/u.test(bare.key) || (/^[وفبل]+$/u.test(bare.prefix) && !whole))
    ? t.slice(offsetAfterLetters(a.text, bare.stripped))
    : t;
}
