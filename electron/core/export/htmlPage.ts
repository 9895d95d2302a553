import type { ExportedFile } from '../api';
import { docText } from '../shared/content/docText';
import { exportedPublishDate } from '../shared/export/exportedPublishDate';
import { withoutTrailingEmptyParagraphs } from '../shared/export/withoutTrailingEmptyParagraphs';
import { docToHtml } from '../content/docToHtml';
import { escapeHtml, isAllowedUrl, WEB_SCHEMES } from '../shared/policy';
import { slugify } from '../shared/content/slugify';
import { summarizeText } from '../shared/content/summarizeText';
import { validateDoc } from '../shared/content/validateDoc';
import { countWords } from '../shared/content/wordCount';
import type { Channel, Post } from '../shared/schema';
import { formatDate } from './formatDate';
import { jsonForScript } from './jsonForScript';
import { PAGE_STYLE } from './pageStyle';
import { channelDescription, postChannels } from './postChannels';
import { sanitizeOutput } from './sanitizeOutput';

export interface ExportHtmlOptions {
  generator?: string;
}

// Nothing runs even if something slipped through: no scripts, no fetches, no forms, no <base> tricks.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; base-uri 'none'; form-action 'none'";

function isSwedish(lang: string): boolean {
  return lang.toLowerCase().startsWith('sv');
}

function pageTitle(post: Post): string {
  return post.title.trim() || (isSwedish(post.lang) ? 'Utan rubrik' : 'Untitled');
}

function channelList(channels: Channel[], lang: string): string {
  if (channels.length === 0) return '';
  const label = isSwedish(lang) ? 'Kanaler' : 'Channels';
  const items = channels.map((channel) => {
    const description = channelDescription(channel, lang);
    const title = description ? ` title="${escapeHtml(description)}"` : '';
    return `<li><span class="p-category"${title}>${escapeHtml(channel.code)}</span></li>`;
  });
  return `<ul class="channels" aria-label="${label}">${items.join('')}</ul>`;
}

function structuredData(post: Post, title: string, codes: string[], text: string, published: string | null): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: title,
    ...(published ? { datePublished: published } : {}),
    dateModified: post.updatedAt,
    inLanguage: post.lang,
    keywords: codes,
    wordCount: countWords(text),
    ...(post.url && isAllowedUrl(post.url, WEB_SCHEMES) ? { url: post.url } : {}),
    articleBody: text,
  };
  return `<script type="application/ld+json">\n${jsonForScript(data)}\n</script>`;
}

// One standalone HTML5 file for a post: h-entry microformats, JSON-LD, its own small stylesheet, no scripts that run.
export function exportPostHtml(post: Post, channels: Channel[], options: ExportHtmlOptions = {}): ExportedFile {
  const doc = withoutTrailingEmptyParagraphs(validateDoc(post.doc));
  const text = docText(doc);
  const body = doc.content?.length ? sanitizeOutput(docToHtml(doc)) : '';
  const title = pageTitle(post);
  const lang = post.lang;
  const tagged = postChannels(post, channels);
  const codes = tagged.map((channel) => channel.code);
  const published = exportedPublishDate(post);
  const description = summarizeText(text, 160);
  const canonical = post.url && isAllowedUrl(post.url, WEB_SCHEMES) ? post.url : null;

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    codes.length ? `<meta name="keywords" content="${escapeHtml(codes.join(', '))}">` : '',
    options.generator ? `<meta name="generator" content="${escapeHtml(options.generator)}">` : '',
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '',
    `<style>${PAGE_STYLE}</style>`,
    structuredData(post, title, codes, text, published),
  ];
  const article = [
    '<article class="h-entry">',
    '<header>',
    `<h1 class="p-name">${escapeHtml(title)}</h1>`,
    published
      ? `<time class="dt-published" datetime="${escapeHtml(published)}">${escapeHtml(formatDate(published, lang))}</time>`
      : '',
    channelList(tagged, lang),
    '</header>',
    `<div class="e-content">\n${body}\n</div>`,
    '</article>',
  ];
  const content = [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    ...head.filter(Boolean),
    '</head>',
    '<body>',
    ...article.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n');

  const filename = `${slugify(post.title) || slugify(post.slug ?? '') || 'post'}.html`;
  return { filename, mimeType: 'text/html', content };
}
