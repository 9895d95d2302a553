import { htmlToDoc } from '../content/htmlToDoc';
import { validateDoc } from '../shared/content/validateDoc';
import { isAllowedUrl, WEB_SCHEMES } from '../shared/policy';
import type { DocNode } from '../shared/schema';
import type { ConversationEntry } from './conversation';
import type { ExportLabels } from './exportLabels';
import { formatDate } from './formatDate';
import { sanitizeOutput } from './sanitizeOutput';

// Answers deeper than this are quoted at this depth, in order, so a long chain stays readable.
const MAX_QUOTE_DEPTH = 6;

const text = (value: string, marks?: DocNode['marks']): DocNode => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

// The author's name, linked to their web site when they gave one, and the date.
function byline(entry: ConversationEntry, lang: string, extraMarks: DocNode['marks'] = []): DocNode[] {
  const url = entry.author.url;
  const link = url && isAllowedUrl(url, WEB_SCHEMES) ? [{ type: 'link', attrs: { href: url } }] : [];
  const marks = [...extraMarks, ...link];
  const name = text(entry.author.name || '?', marks.length ? marks : undefined);
  return entry.date ? [name, text(` · ${formatDate(entry.date, lang)}`)] : [name];
}

// What the entry says, as blocks of the post body's schema; a comment's HTML goes through the output sanitizer first.
function words(entry: ConversationEntry): DocNode[] {
  const doc =
    entry.from === 'reader' ? htmlToDoc(sanitizeOutput(entry.comment.html, 'reader')) : validateDoc(entry.reply.doc);
  return doc.content ?? [];
}

function answer(entry: ConversationEntry, lang: string, depth: number): DocNode[] {
  const inner = [
    { type: 'paragraph', content: byline(entry, lang, [{ type: 'bold' }]) },
    ...words(entry),
    ...(depth < MAX_QUOTE_DEPTH ? entry.replies.flatMap((reply) => answer(reply, lang, depth + 1)) : []),
  ];
  const quoted: DocNode = { type: 'blockquote', content: inner };
  const deeper = depth < MAX_QUOTE_DEPTH ? [] : entry.replies.flatMap((reply) => answer(reply, lang, depth));
  return [quoted, ...deeper];
}

// The conversation as a section of the post's document: a heading per comment with its author and date, the answers
// under it as blockquotes, nested as deep as they answer one another.
export function conversationDoc(entries: ConversationEntry[], lang: string, labels: ExportLabels): DocNode[] {
  if (entries.length === 0) return [];
  return [
    { type: 'heading', attrs: { level: 2 }, content: [text(labels.comments)] },
    ...entries.flatMap((entry) => [
      { type: 'heading', attrs: { level: 3 }, content: byline(entry, lang) },
      ...words(entry),
      ...entry.replies.flatMap((reply) => answer(reply, lang, 1)),
    ]),
  ];
}
