import type { CommentView } from '../api';
import type { Settings, ThreadBody } from '../shared/schema';
import { effectiveByAuthor } from './effectiveByAuthor';
import { needsReplyIds } from './needsReply';

// Comments as the author sees them: ownership resolved, and which still wait for an answer.
export function resolveComments(body: ThreadBody, settings: Settings): CommentView[] {
  const owned = body.comments.map((c) => ({
    ...c,
    byAuthorSource: effectiveByAuthor(c, settings),
    byAuthorOverride: null,
  }));
  const waiting = needsReplyIds({ comments: owned, replies: body.replies });
  return body.comments.map((c, i) => ({
    id: c.id,
    externalId: c.externalId,
    parentId: c.parentId,
    author: { name: c.author.name, url: c.author.url ?? null },
    date: c.date,
    status: c.status,
    kind: c.kind,
    orphan: c.orphan,
    byAuthor: owned[i]?.byAuthorSource ?? false,
    byAuthorOverride: c.byAuthorOverride,
    needsReply: waiting.has(c.id),
    noReplyNeeded: c.noReplyNeeded,
    html: c.html,
    text: c.text,
  }));
}

export const countNeedingReply = (body: ThreadBody, settings: Settings): number =>
  resolveComments(body, settings).filter((c) => c.needsReply).length;
