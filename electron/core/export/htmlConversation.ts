import { escapeHtml, isAllowedUrl, READER_LINK_REL, WEB_SCHEMES } from '../shared/policy';
import type { ConversationEntry } from './conversation';
import { entryAnchor, entryBodies } from './entryHtml';
import type { ExportLabels } from './exportLabels';
import { formatDate } from './formatDate';

// The conversation under the post, in microformats: each entry a p-comment h-cite with its p-author h-card,
// dt-published and e-content; an answer also a u-in-reply-to link to what it answers.
export function htmlConversation(entries: ConversationEntry[], lang: string, labels: ExportLabels): string {
  if (entries.length === 0) return '';
  return [
    '<section class="comments" aria-labelledby="comments">',
    `<h2 id="comments">${escapeHtml(labels.comments)}</h2>`,
    entryList(entries, { lang, labels, bodies: entryBodies(entries) }),
    '</section>',
  ].join('\n');
}

interface Rendering {
  lang: string;
  labels: ExportLabels;
  // Each entry's words, already sanitized.
  bodies: Map<ConversationEntry, string>;
}

function entryList(entries: ConversationEntry[], rendering: Rendering): string {
  return `<ol class="comment-list">\n${entries.map((entry) => `<li>${entryArticle(entry, rendering)}</li>`).join('\n')}\n</ol>`;
}

function entryArticle(entry: ConversationEntry, rendering: Rendering): string {
  const { lang, labels, bodies } = rendering;
  const anchor = entryAnchor(entry);
  const classes = ['p-comment', 'h-cite', entry.from === 'author' ? 'by-author' : 'by-reader'];
  if (entry.from === 'reader' && entry.comment.kind !== 'comment') classes.push(entry.comment.kind);
  const date = entry.date
    ? ` <a class="u-url" href="#${anchor}"><time class="dt-published" datetime="${escapeHtml(entry.date)}">${escapeHtml(formatDate(entry.date, lang))}</time></a>`
    : '';
  const note = entryNote(entry, labels);
  const inReplyTo = entry.parent
    ? `<p class="in-reply-to">${escapeHtml(labels.inReplyTo)} <a class="u-in-reply-to" href="#${entryAnchor(entry.parent)}">${escapeHtml(entry.parent.author.name)}</a></p>`
    : '';
  return [
    `<article class="${classes.join(' ')}" id="${anchor}">`,
    `<div class="comment-meta">${authorCard(entry)}${date}${note}</div>`,
    inReplyTo,
    `<div class="e-content">${bodies.get(entry) ?? ''}</div>`,
    entry.replies.length ? entryList(entry.replies, rendering) : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

// A reader's own web site, when it is one, links from their name; it is theirs, so nofollow ugc.
function authorCard(entry: ConversationEntry): string {
  const name = escapeHtml(entry.author.name);
  const url = entry.author.url;
  const linked =
    url && isAllowedUrl(url, WEB_SCHEMES)
      ? `<a class="p-name u-url" href="${escapeHtml(url)}" rel="${entry.from === 'reader' ? READER_LINK_REL : 'author'}">${name}</a>`
      : `<span class="p-name">${name}</span>`;
  return `<span class="p-author h-card">${linked}</span>`;
}

function entryNote(entry: ConversationEntry, labels: ExportLabels): string {
  if (entry.from === 'author') return '';
  const notes = [];
  if (entry.comment.kind !== 'comment') notes.push(labels[entry.comment.kind]);
  if (entry.comment.status === 'pending') notes.push(labels.pending);
  return notes.map((note) => ` <span class="note">${escapeHtml(note)}</span>`).join('');
}
