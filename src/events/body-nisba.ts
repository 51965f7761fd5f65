// The adjective of an international body (`الأممي`, organizations.tsv's nisba): a party only as the
// title or institution it ends (`المبعوث الأممي`، `مسؤول أممي`، `الوفد الأممي`), never as a thing's.
import { BARE } from "../arabic/phrases.ts";
import type { EntityEntry, EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/**
 * A body's nisba at token `k` names a side when a person's title (roles.tsv), an institution's head
 * (org-heads.tsv) or an envoy's post (cue `post_head`) stands right before it; after a thing (`الطائرة
 * الأممية`، `قرار أممي`، `العقوبات الأممية`) or alone (`بجهود مصرية وأممية`) it names no party.
 * A state's nisba (type GPE) is not asked.
 */
export function bodyNisbaUnheaded(
  arabic: ArabicText,
  lexicon: EntityLexicon,
  cues: EventCues,
  nisba: EntityEntry,
  k: number,
): boolean {
  if (nisba.type === "GPE") return false;
  const head = arabic.tokens[k - 1] as Token | undefined;
  if (!head || head.sentence !== (arabic.tokens[k] as Token).sentence) return true;
  if (tokenIn(cues.postHead, head)) return false;
  // The title or head may be one word or two (`المنسق المقيم`): the phrase that ends right before k.
  for (let s = Math.max(0, k - 2); s < k; s++) {
    const m = lexicon.index.matchAt(arabic.tokens, s, BARE);
    if (m?.end === k && m.values.some((v) => v.kind === "role" || v.kind === "head")) return false;
  }
  return true;
}
