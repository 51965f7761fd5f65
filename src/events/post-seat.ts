// `المبعوث الأممي إلى سوريا ستافان دي ميستورا`، `مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث`: the state
// after إلى in an envoy's title, right before the envoy's name, is where the post is, not a party of the
// act the envoy does (docs/EVENTS.md, "Twenty-third pass"). Read as a party, it took the place of the
// envoy as the actor or of the act's object as the recipient (`ودعا المبعوث الأممي إلى اليمن مارتن
// غريفيث الرياض إلى …` gave no event, or Yemen as the one called on), and its إلى made the envoy's name
// look governed by the verb's preposition. The seat is dropped and the name's unit starts at إلى.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

type Mention = EntitiesResult["mentions"][number];

/** How many words before إلى the post head may stand (`مبعوث الأمين العام الخاص إلى`). */
const HEAD_REACH = 5;

export interface PostSeats {
  /** First tokens of the GPE mentions that are a post's seat. */
  seats: Set<number>;
  /** A person's first title or name token → the إلى before its seat, where its unit starts. */
  starts: Map<number, number>;
  /** Tokens right after the seat of an international body's envoy: a nisba there is the envoy's nationality. */
  envoyNisba: Set<number>;
  /** An international body named after its officer's title (`المفوض السامي لحقوق الإنسان في الأمم المتحدة`)
   * with no name after it: the body's first token → the title's first token, where the body's unit starts. */
  bodyTitles: Map<number, number>;
}

/**
 * The posts' seats of the document: a GPE mention with إلى right before it (no proclitic on either),
 * a post head (cue `post_head`: مبعوث، سفير، مندوب، ممثل …) a few words before that in the same
 * sentence, and a person's name (or its title) starting right after it.
 */
export function postSeats(arabic: ArabicText, mentions: readonly Mention[], cues: EventCues): PostSeats {
  const out: PostSeats = {
    seats: new Set(),
    starts: new Map(),
    envoyNisba: new Set(),
    bodyTitles: new Map(),
  };
  if (cues.postHead.size === 0) return out;
  const { tokens } = arabic;
  const people = new Map<number, number>();
  for (const p of mentions) if (p.type === "PERSON") people.set(p.titleToken, p.titleToken);
  for (const m of mentions) {
    if (m.type !== "GPE" || m.prefix !== "" || !people.has(m.endToken)) continue;
    const to = tokens[m.firstToken - 1];
    if (!to || !cues.toWord.has(to.key) || tokens[m.endToken]?.sentence !== to.sentence) continue;
    for (let k = m.firstToken - 2; k >= Math.max(0, m.firstToken - 1 - HEAD_REACH); k--) {
      const t = tokens[k];
      if (!t || t.sentence !== to.sentence) break;
      if (!tokenIn(cues.postHead, t)) continue;
      out.seats.add(m.firstToken);
      out.starts.set(m.endToken, m.firstToken - 1);
      break;
    }
  }
  for (const m of mentions) {
    if (m.type !== "GPE" || !bodyEnvoySeat(tokens, mentions, m, cues)) continue;
    out.seats.add(m.firstToken);
    // `لليمن الموريتاني إسماعيل ولد الشيخ أحمد`: a nisba right after the seat is the body's envoy's own
    // nationality, no party.
    out.envoyNisba.add(m.endToken);
  }
  officerBodies(arabic, mentions, cues, people, out);
  return out;
}

/** `في` as a key. */
const IN = "في";

/**
 * `وانتقد مفوض شؤون اللاجئين بالأمم المتحدة فيليبو غراندي …`، `حذر المفوض السامي لحقوق الإنسان في الأمم
 * المتحدة من …`: an international body after في or ب that ends an officer's title (a post head, cue
 * `post_head`, a few words before, nothing but words between) is the body the officer serves, not a place
 * or an object. With the officer's name right after it (a comma may stand between), the body is dropped
 * and the name's unit starts at the title; with no name, the body's own unit starts at the title, so the
 * officer's act is the body's.
 */
function officerBodies(
  arabic: ArabicText,
  mentions: readonly Mention[],
  cues: EventCues,
  people: ReadonlyMap<number, number>,
  out: PostSeats,
): void {
  const { tokens, text } = arabic;
  const gap = (a: number) => text.slice(tokens[a]?.end ?? 0, tokens[a + 1]?.start ?? 0);
  for (const m of mentions) {
    if (m.type !== "ORG" || m.country !== "IGO") continue;
    let k = m.firstToken - 1;
    if (m.prefix === "") {
      if (tokens[k]?.key !== IN) continue;
      k--;
    } else if (m.prefix !== "ب") continue;
    let head = -1;
    for (let j = k; j >= Math.max(0, k - HEAD_REACH + 1); j--) {
      if (!/^\s*$/u.test(gap(j))) break;
      const t = tokens[j];
      if (t && tokenIn(cues.postHead, t) && t.key.replace(/^ال/u, "").startsWith("مفوض")) {
        head = j;
        break;
      }
    }
    if (head < 0) continue;
    const name = m.endToken;
    if (people.has(name) && /^[\s،,]*$/u.test(gap(name - 1))) {
      out.seats.add(m.firstToken);
      out.starts.set(name, head);
    } else out.bodyTitles.set(m.firstToken, head);
  }
}

/**
 * `حث مبعوث الأمم المتحدة إلى ليبيا على التهدئة`، `موفد الأمم المتحدة السابق لليمن`: a state after إلى or ل
 * right after an international body that a post head governs (a word of the post's standing, cue
 * `post_qualifier`, may stand after the body) is where the body's envoy is posted, with or without a name
 * after it: not a party of the envoy's act.
 */
function bodyEnvoySeat(
  tokens: ArabicText["tokens"],
  mentions: readonly Mention[],
  m: Mention,
  cues: EventCues,
): boolean {
  let k = m.firstToken - 1;
  if (m.prefix === "") {
    if (!cues.toWord.has(tokens[k]?.key ?? "")) return false;
    k--;
  } else if (m.prefix !== "ل") return false; // `لليمن`، `للأمم`: ل before the seat
  if (tokenIn(cues.postQualifier, tokens[k])) k--;
  const body = mentions.find((x) => x.endToken === k + 1 && x.country === "IGO" && x.type === "ORG");
  if (!body || body.prefix !== "") return false;
  const head = tokens[body.firstToken - 1];
  return (
    head !== undefined && head.sentence === tokens[m.firstToken]?.sentence && tokenIn(cues.postHead, head)
  );
}
