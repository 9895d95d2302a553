import type { QueueItem } from '../api';
import { draftOf } from '../replies/replyRules';
import { summarizeText } from '../shared/content/summarizeText';
import type { Settings, ThreadBody } from '../shared/schema';
import { resolveComments } from '../threads/resolveComments';

// What the queue shows of a parent comment: its first words.
export const QUOTE_LENGTH = 140;

// The part of a queue item that comes from the thread's body; the thread and its post add the rest.
export type WaitingComment = Omit<QueueItem, 'threadId' | 'postId' | 'postTitle'>;

// The comments of one thread that wait for an answer, in the thread's order.
export function waitingComments(body: ThreadBody, settings: Settings): WaitingComment[] {
  const views = resolveComments(body, settings);
  const byId = new Map(views.map((c) => [c.id, c]));
  return views
    .filter((c) => c.needsReply)
    .map((c) => {
      const parent = c.parentId === null ? undefined : byId.get(c.parentId);
      return {
        commentId: c.id,
        author: c.author,
        date: c.date,
        html: c.html,
        text: c.text,
        inReplyTo: parent
          ? {
              commentId: parent.id,
              author: { name: parent.author.name },
              quote: summarizeText(parent.text, QUOTE_LENGTH),
            }
          : null,
        draftReplyId: draftOf(body, c.id)?.id ?? null,
        byAuthorOverride: c.byAuthorOverride,
      };
    });
}
