import { docToHtml } from '../content/docToHtml';
import { flattenConversation, type ConversationEntry } from './conversation';
import type { OutputSource } from './sanitizeOutput';
import { sanitizeOutputs } from './sanitizeOutputs';

// Whose links an entry's words carry: a reader's comment has reader links, the author's own words the author's.
const sourceOf = (entry: ConversationEntry): OutputSource =>
  entry.from === 'reader' && !entry.byAuthor ? 'reader' : 'author';

const rawHtml = (entry: ConversationEntry): string =>
  entry.from === 'reader' ? entry.comment.html : docToHtml(entry.reply.doc);

// Every entry's words as exported HTML, sanitized together by whose links they carry.
export function entryBodies(entries: ConversationEntry[]): Map<ConversationEntry, string> {
  const all = flattenConversation(entries);
  const bodies = new Map<ConversationEntry, string>();
  for (const source of ['reader', 'author'] as const) {
    const group = all.filter((entry) => sourceOf(entry) === source);
    const html = sanitizeOutputs(group.map(rawHtml), source);
    group.forEach((entry, i) => bodies.set(entry, html[i] ?? ''));
  }
  return bodies;
}

// The anchor an entry has on the page, for permalinks and "in reply to".
export const entryAnchor = (entry: ConversationEntry): string => `comment-${entry.id}`;
