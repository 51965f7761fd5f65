// Channels and stories for `rasd serve`, read through the link stage's own queries
// (src/link/channels.ts, src/link/stories.ts) and cut into pages here.
import { type ChannelOut, listChannels as linkChannels } from "../link/channels.ts";
import { listStories as linkStories, type StoryOut } from "../link/stories.ts";
import type { Page, Paged } from "./browse.ts";
import type { Queryable } from "./db.ts";

export type { ChannelOut, StoryOut };

/** One page out of the first `offset + limit + 1` rows, which the link queries order. */
function pageOf<T>(rows: readonly T[], page: Page): Paged<T> {
  const items = rows.slice(page.offset, page.offset + page.limit);
  const more = rows.length > page.offset + page.limit;
  return {
    items,
    limit: page.limit,
    offset: page.offset,
    next_offset: more ? page.offset + page.limit : null,
  };
}

/** Every channel with its status and dated history, most recently changed first. */
export async function listChannels(db: Queryable, page: Page): Promise<Paged<ChannelOut>> {
  return pageOf(await linkChannels(db, { limit: page.offset + page.limit + 1 }), page);
}

/** Stories of two or more articles, the largest and latest first. */
export async function listStories(db: Queryable, page: Page): Promise<Paged<StoryOut>> {
  return pageOf(await linkStories(db, { minDocuments: 2, limit: page.offset + page.limit + 1 }), page);
}
