// The event stage's skips that change no output (branch speed33): the scan bits of three cue sets set
// exactly where their words stand, and findTriggers started at a sentence finds the hits a scan from the
// first token finds there.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeArabic } from "../arabic/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import { compileStages } from "../pipeline/run.ts";
import { tokenIn } from "./cues.ts";
import { SCAN_BODY_HEAD, SCAN_IN_KIND, SCAN_MEDIATOR, scanMasks } from "./scan.ts";
import { findTriggers } from "./triggers.ts";
import { firstReadable } from "./two-states.ts";

// The lexicons compiled as the pipeline compiles them: the reading options and the event stage's tables.
const stages = compileStages();
const reading = stages.arabic;
const sources = stages.events;
const { triggers, cues, types } = sources;

test("scan bits: mediator, body head and in-kind words are marked where tokenIn finds them, and only there", () => {
  const text = analyzeArabic(
    "وقال الوسيط الأممي إن الحكومة وافقت على الخطة. وردت العاصمة بخطوة مماثلة، فيما التزمت والحكومة الصمت.",
    null,
    reading,
  );
  const masks = scanMasks(text.tokens, sources);
  const sets = [
    [SCAN_MEDIATOR, cues.mediatorHead],
    [SCAN_BODY_HEAD, cues.bodyBackHead],
    [SCAN_IN_KIND, cues.inKind],
  ] as const;
  for (const [bit, set] of sets) {
    const marked = text.tokens.filter((_, k) => ((masks[k] as number) & bit) !== 0).map((t) => t.text);
    const found = text.tokens.filter((t) => tokenIn(set, t)).map((t) => t.text);
    assert.deepEqual(marked, found);
    assert.ok(marked.length > 0, `a word of bit ${bit} is in the text`);
  }
  // والحكومة: a bare form (و + الحكومة) sets the bit as the whole word would.
  assert.ok(
    text.tokens.some((t, k) => t.text === "والحكومة" && ((masks[k] as number) & SCAN_BODY_HEAD) !== 0),
  );
});

test("findTriggers from a sentence's first token finds the hits a scan from the start finds there", () => {
  const text = analyzeArabic(
    "اتفق الوزيران على استئناف المحادثات. وأدانت فرنسا الهجوم واتهمت جهات بتنفيذه. ثم زار الرئيس الصين والتقى نظيره.",
    null,
    reading,
  );
  const all = findTriggers(text.tokens, triggers, new Set(), types);
  assert.ok(all.length >= 4, JSON.stringify(all.map((h) => h.first)));
  // The pipeline's arguments (speech, aspectual, setting and time_before cues), from a given token.
  const hitsFrom = (first: number) =>
    findTriggers(
      text.tokens,
      triggers,
      new Set(),
      types,
      cues.speech,
      cues.aspectual,
      undefined,
      undefined,
      cues.setting,
      undefined,
      cues.timeBefore,
      first,
    );
  const whole = hitsFrom(0);
  for (const s of text.sentences) {
    const from = hitsFrom(s.firstToken);
    assert.deepEqual(
      from,
      whole.filter((h) => h.first >= s.firstToken),
    );
  }
});

test("firstReadable: the sentence of the token given, moved back over sentences joined by spaces only", () => {
  const token = (sentence: number, linked: boolean) => ({ sentence, linked }) as Token;
  const sentence = (firstToken: number, endToken: number) => ({ firstToken, endToken });
  const arabic = {
    // Three sentences; the third opens with a token only spaces part from the second's last.
    tokens: [
      token(0, false),
      token(0, true),
      token(1, false),
      token(1, true),
      token(2, true),
      token(2, true),
    ],
    sentences: [sentence(0, 2), sentence(2, 4), sentence(4, 6)],
  } as unknown as ArabicText;
  assert.equal(firstReadable(arabic, 0), 0);
  assert.equal(firstReadable(arabic, 3), 2);
  // A phrase may run from the second sentence into the third: the scan starts at the second.
  assert.equal(firstReadable(arabic, 5), 2);
});
