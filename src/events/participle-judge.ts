// `ورد وزير الخارجية الكوبي قائلا إن واشنطن فشلت …`: the speaker of a participle of speech that frames a
// charge is the party right before it, though another speech verb opens the sentence (`وكان الرئيس
// الأمريكي قال …، وهو ما رد عليه نظيره قائلا إن …`: not the first speaker). Branch charge65.
import type { Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { stateOf } from "./evaluation-quotes.ts";

/** The state's party that ends right before the participle of speech at `speech`, with no proclitic. */
export function participleJudge(
  tokens: readonly Token[],
  speech: number | null | undefined,
  mine: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  if (speech === null || speech === undefined || !tokenIn(cues.speechParticiple, tokens[speech])) return null;
  return mine.find((u) => u.end === speech && u.prefix === "" && stateOf(u) !== null) ?? null;
}
