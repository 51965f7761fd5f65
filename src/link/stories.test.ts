// Whether an article joins a stored story, decided from what the story's key index returned.
import assert from "node:assert/strict";
import { test } from "node:test";
import { shingles, signature } from "./minhash.ts";
import { DEFAULT_STORY_LINK, sameStory } from "./stories.ts";

const sig = (text: string) => signature(shingles(text, 1), DEFAULT_STORY_LINK.minhash);

// The story began with an article on the threats before the strikes; the strikes (happening h2)
// were first told by a later article of it.
const THREATS = "توعد الرئيس الأمريكي بضرب سوريا بصواريخ ذكية وحذرت روسيا من تصعيد خطير";
const STRIKES = "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات على مواقع في دمشق وحمص فجر السبت";
const story = { id: "s1", keys: ["ev:h1", "en:person:ترامب", "en:org:الكرملين"], signature: sig(THREATS) };
const article = { keys: ["ev:h2", "en:person:ماكرون"], signature: sig(STRIKES) };

test("stories: an article joins the story one of whose articles reported the same happening", () => {
  assert.equal(sameStory(article, { ...story, events: ["ev:h2"] }, DEFAULT_STORY_LINK), true);
});

test("stories: without a shared happening, nor enough of the first article's entities and words, it does not", () => {
  assert.equal(sameStory(article, { ...story, events: [] }, DEFAULT_STORY_LINK), false);
  assert.equal(sameStory(article, story, DEFAULT_STORY_LINK), false);
});

test("stories: the first article's own happening still joins", () => {
  const same = { keys: ["ev:h1"], signature: sig(STRIKES) };
  assert.equal(sameStory(same, story, DEFAULT_STORY_LINK), true);
});
