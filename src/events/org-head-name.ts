// `واتهمت الوكالة إيران بعرقلة التفتيش`: an organisation's bare head noun (cue `org_back_head`) with a
// state's or a person's name right after it. A definite noun takes no genitive, so the name is no part
// of the head's phrase: it is the next argument of the verb (its object), and the head stands alone as
// the organisation named before (back-references.ts organisationUnits). Not `السعودية` and other
// names that are also a nisba adjective (`المحكمة السعودية` is a Saudi court): a name read so may
// qualify the head. An indefinite accusative right after the head (`ووجه الصندوق انتقادا`) is no part of its
// phrase either.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { gapIs } from "../arabic/gaps.ts";

/** Mention types a verb's object may be: a state, an organisation or a person. */
const NAMED = new Set(["GPE", "ORG", "PERSON"]);

/** Token `k + 1` opens a named mention (its title or its name) in the head's sentence, after a space. */
export function nameAfterHead(arabic: ArabicText, found: EntitiesResult, k: number): boolean {
  const { tokens } = arabic;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence || !gapIs(arabic.text, t.end, next.start, "space")) return false;
  // A definite word in ـية may be the feminine nisba of a state (السعودية), no name.
  if (/^ال.*ية$/u.test(next.text)) return false;
  // `ووجه الصندوق انتقادا`: an indefinite accusative after a definite head is the verb's object or an
  // adverb (`أيضا`), never the head's adjective, which would be definite.
  if (!next.text.startsWith("ال") && /[^اى]ً?ا$/u.test(next.text) && next.text.length > 3) return true;
  return found.mentions.some(
    (m) => NAMED.has(m.type) && m.via !== "noun" && (m.titleToken === k + 1 || m.firstToken === k + 1),
  );
}
