import { describeUnplaced } from '../describeUnplaced';
import type { ImportedThread } from '../../shared/importTypes';
import type { BloggerComment } from './readBloggerComment';

export interface AttachedComments {
  unplaced: number;
  warnings: string[];
}

const trailingNumber = (id: string): string | null => /(\d+)$/.exec(id)?.[1] ?? null;

// Hangs each comment on its post and parent; a comment whose post is not in the feed is skipped and named.
export function attachBloggerComments(
  posts: Map<string, ImportedThread>,
  comments: BloggerComment[],
): AttachedComments {
  const byId = new Map(comments.map((c) => [c.comment.externalId, c]));
  const byNumber = new Map<string, string>();
  for (const c of comments) {
    const n = trailingNumber(c.comment.externalId);
    if (n) byNumber.set(n, c.comment.externalId);
  }
  const unplaced: string[] = [];
  for (const entry of comments) {
    const { post, answered } = findPost(entry, posts, byId);
    const parentRef = entry.parentRef;
    const parent = answered ?? (parentRef ? (byId.has(parentRef) ? parentRef : byNumber.get(parentRef)) : undefined);
    entry.comment.parentExternalId = parent && parent !== entry.comment.externalId ? parent : null;
    if (post) post.comments.push(entry.comment);
    else
      unplaced.push(
        `comment ${entry.comment.externalId} by “${entry.comment.author.name}” (post ${entry.replyTo ?? 'none'})`,
      );
  }
  return { unplaced: unplaced.length, warnings: unplaced.length ? [describeUnplaced(unplaced, 'Blogger post')] : [] };
}

// The classic export may name a comment as what a reply answers: walk up to the post, guarding against loops.
function findPost(
  entry: BloggerComment,
  posts: Map<string, ImportedThread>,
  byId: Map<string, BloggerComment>,
): { post: ImportedThread | undefined; answered: string | undefined } {
  let ref = entry.replyTo;
  let answered: string | undefined;
  const seen = new Set<string>();
  while (ref && !posts.has(ref) && !seen.has(ref)) {
    const comment = byId.get(ref);
    if (!comment) break;
    seen.add(ref);
    answered ??= ref;
    ref = comment.replyTo;
  }
  return { post: ref ? posts.get(ref) : undefined, answered };
}
