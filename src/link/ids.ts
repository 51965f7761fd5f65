// Ids of the rows the link stage starts: a letter for the kind and 12 hex digits of a sha1 of what
// started them (`x…` an entity, `v…` an event, `s…` a story), the same in every database.
import { createHash } from "node:crypto";

export function hashId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 12)}`;
}
