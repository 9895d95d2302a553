import { docToHtml } from '../content/docToHtml';
import type { ConversationEntry } from './conversation';
import { sanitizeOutput } from './sanitizeOutput';

// An entry's words as exported HTML: a reader's comment with reader links, the author's reply with the author's own.
export function entryHtml(entry: ConversationEntry): string {
  if (entry.from === 'reader') return sanitizeOutput(entry.comment.html, entry.byAuthor ? 'author' : 'reader');
  return sanitizeOutput(docToHtml(entry.reply.doc), 'author');
}

// The anchor an entry has on the page, for permalinks and "in reply to".
export const entryAnchor = (entry: ConversationEntry): string => `comment-${entry.id}`;
