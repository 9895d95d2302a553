import type { PostSummary } from '../../../electron/core/api';

const newestFirst = (a: PostSummary, b: PostSummary): number => b.updatedAt.localeCompare(a.updatedAt);

// Puts newer copies of posts into a list, keeping the newest change first as the core sorts them.
// Only posts already in the list are replaced: a save never brings back a post the list no longer has.
export const mergeSummaries = (list: PostSummary[], newer: Iterable<PostSummary>): PostSummary[] => {
  const byId = new Map(list.map((post) => [post.id, post]));
  let changed = false;
  for (const post of newer) {
    const current = byId.get(post.id);
    if (!current || current.updatedAt >= post.updatedAt) continue;
    byId.set(post.id, post);
    changed = true;
  }
  return changed ? [...byId.values()].sort(newestFirst) : list;
};
