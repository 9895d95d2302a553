import type { CleanComment } from './cleanComment';

export interface Deduplicated {
  kept: CleanComment[];
  // Each dropped duplicate's id → the id of the copy that was kept, so its replies follow that copy.
  duplicateOf: Map<string, string>;
}

// Same kind, same author name, same text (already whitespace-collapsed), same date: the same comment.
const identity = (c: CleanComment): string =>
  [c.kind, c.author.name.toLowerCase(), c.date ?? '', c.text].join('\u0000');

// With a date, a repeat anywhere in the thread is a duplicate; without one (pasted text), only an adjacent repeat is,
// since two people may well write "Thanks!" on the same post.
export function dropDuplicates(comments: CleanComment[]): Deduplicated {
  const kept: CleanComment[] = [];
  const duplicateOf = new Map<string, string>();
  const firstWithDate = new Map<string, string>();
  let previous: { key: string; id: string } | null = null;
  for (const comment of comments) {
    const key = identity(comment);
    const original = comment.date !== null ? firstWithDate.get(key) : previous?.key === key ? previous.id : undefined;
    if (original !== undefined) {
      duplicateOf.set(comment.externalId, original);
      continue;
    }
    if (comment.date !== null) firstWithDate.set(key, comment.externalId);
    previous = { key, id: comment.externalId };
    kept.push(comment);
  }
  return { kept, duplicateOf };
}
