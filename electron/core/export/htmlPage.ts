import type { ExportedFile } from '../api';
import { escapeHtml } from '../shared/policy';
import type { Channel, Post } from '../shared/schema';
import type { ConversationEntry } from './conversation';
import { htmlArticle } from './htmlArticle';
import { PAGE_STYLE } from './pageStyle';
import { postFacts } from './postFacts';
import { structuredData } from './structuredData';

export interface ExportHtmlOptions {
  generator?: string;
  // The conversation to show under the post, or null for the post alone.
  conversation?: ConversationEntry[] | null;
  // The embedded stylesheet; off when the site brings its own.
  stylesheet?: boolean;
  // Where the post's pictures are (see placePictures).
  pictureAddress?: (src: string) => string;
}

// Nothing runs even if something slipped through: no scripts, no fetches, no forms, no <base> tricks; pictures come
// from beside the page (images/) or from inside it, never from the web (a picture there is exported as a link).
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

// One standalone HTML5 file for a post: h-entry microformats, JSON-LD, its own small stylesheet, no scripts that run.
export function exportPostHtml(post: Post, channels: Channel[], options: ExportHtmlOptions = {}): ExportedFile {
  const facts = postFacts(post, channels, options.pictureAddress);
  const entries = options.conversation ?? null;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    `<title>${escapeHtml(facts.title)}</title>`,
    facts.description ? `<meta name="description" content="${escapeHtml(facts.description)}">` : '',
    facts.codes.length ? `<meta name="keywords" content="${escapeHtml(facts.codes.join(', '))}">` : '',
    options.generator ? `<meta name="generator" content="${escapeHtml(options.generator)}">` : '',
    facts.url ? `<link rel="canonical" href="${escapeHtml(facts.url)}">` : '',
    options.stylesheet === false ? '' : `<style>${PAGE_STYLE}</style>`,
    structuredData(facts, entries),
  ];
  const content = [
    '<!doctype html>',
    `<html lang="${escapeHtml(facts.lang)}">`,
    '<head>',
    ...head.filter(Boolean),
    '</head>',
    '<body>',
    htmlArticle(facts, entries),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { filename: `${facts.slug}.html`, mimeType: 'text/html', content };
}

// Just the article, for pasting into a CMS: no page around it, no stylesheet and no script.
export function exportPostFragment(
  post: Post,
  channels: Channel[],
  conversation: ConversationEntry[] | null,
  pictureAddress?: (src: string) => string,
): ExportedFile {
  const facts = postFacts(post, channels, pictureAddress);
  return { filename: `${facts.slug}.html`, mimeType: 'text/html', content: `${htmlArticle(facts, conversation)}\n` };
}
