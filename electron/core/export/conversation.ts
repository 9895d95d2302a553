import type { Comment, Reply, Settings, ThreadBody, ThreadIndex } from '../shared/schema';
import { effectiveByAuthor } from '../threads/effectiveByAuthor';

// A post's threads as an export shows them: readers' comments with the author's finished replies nested under
// the comments they answer.

export interface LoadedThread {
  index: ThreadIndex;
  body: ThreadBody;
}

export interface ConversationOptions {
  // Pingbacks and trackbacks, and comments still awaiting moderation: left out unless asked for.
  pingbacks: boolean;
  pending: boolean;
}

interface EntryBase {
  id: string;
  author: { name: string; url: string | null };
  date: string | null;
  // The entry this one answers, shown as "in reply to".
  parent: ConversationEntry | null;
  replies: ConversationEntry[];
}

export interface CommentEntry extends EntryBase {
  from: 'reader';
  comment: Comment;
  byAuthor: boolean;
}

export interface ReplyEntry extends EntryBase {
  from: 'author';
  reply: Reply;
}

export type ConversationEntry = CommentEntry | ReplyEntry;

// The replies an export carries: finished and not deleted.
export const finishedReplies = (body: ThreadBody): Reply[] =>
  body.replies.filter((reply) => reply.status === 'done' && reply.deletedAt === null);

// Who the author's replies are signed by: the first name in Settings, else the name the source gave the post author.
export function replyAuthorName(settings: Settings, thread: ThreadIndex): string {
  return settings.authorNames.find((name) => name.trim() !== '')?.trim() || thread.authorName || 'Author';
}

const shown = (comment: Comment, options: ConversationOptions): boolean =>
  (options.pingbacks || comment.kind === 'comment') && (options.pending || comment.status === 'approved');

const byDate = (a: ConversationEntry, b: ConversationEntry): number => {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
};

// Top-level entries, oldest first; what answers a left-out comment moves up to the nearest entry that is shown.
export function buildConversation(
  threads: LoadedThread[],
  settings: Settings,
  options: ConversationOptions,
): ConversationEntry[] {
  const top: ConversationEntry[] = [];
  for (const { index, body } of threads) {
    const comments = new Map(body.comments.map((comment) => [comment.id, comment]));
    const entries = new Map<string, ConversationEntry>();
    for (const comment of body.comments) {
      if (!shown(comment, options)) continue;
      entries.set(comment.id, {
        from: 'reader',
        id: comment.id,
        author: { name: comment.author.name, url: comment.author.url ?? null },
        date: comment.date,
        parent: null,
        replies: [],
        comment,
        byAuthor: effectiveByAuthor(comment, settings),
      });
    }
    const name = replyAuthorName(settings, index);
    const replies = finishedReplies(body);
    for (const reply of replies) {
      entries.set(reply.id, {
        from: 'author',
        id: reply.id,
        author: { name, url: null },
        date: reply.finishedAt ?? reply.updatedAt,
        parent: null,
        replies: [],
        reply,
      });
    }
    // The nearest shown ancestor of a comment, following parents (a cycle in stored data ends the walk).
    const shownAncestor = (commentId: string | null): ConversationEntry | null => {
      const seen = new Set<string>();
      let id = commentId;
      while (id !== null && !seen.has(id)) {
        seen.add(id);
        const entry = entries.get(id);
        if (entry?.from === 'reader') return entry;
        id = comments.get(id)?.parentId ?? null;
      }
      return null;
    };
    const parentOf = (entry: ConversationEntry): ConversationEntry | null => {
      if (entry.from === 'reader') return shownAncestor(entry.comment.parentId);
      const answered = entry.reply.parentReplyId === null ? undefined : entries.get(entry.reply.parentReplyId);
      return answered ?? shownAncestor(entry.reply.commentId);
    };
    for (const entry of entries.values()) {
      entry.parent = parentOf(entry);
      (entry.parent ? entry.parent.replies : top).push(entry);
    }
    for (const entry of entries.values()) entry.replies.sort(byDate);
  }
  return top.sort(byDate);
}

// Every entry, each before the ones that answer it.
export function flattenConversation(entries: ConversationEntry[]): ConversationEntry[] {
  return entries.flatMap((entry) => [entry, ...flattenConversation(entry.replies)]);
}
