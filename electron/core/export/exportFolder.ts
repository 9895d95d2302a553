import type { ExportedFile, ExportFormat } from '../api';
import { escapeHtml } from '../shared/policy';
import { exportLabels } from './exportLabels';
import { publishedTime } from './publishedTime';
import { PAGE_STYLE } from './pageStyle';
import type { PostFacts } from './postFacts';

export interface ExportedPost {
  facts: PostFacts;
  file: ExportedFile;
}

export const INDEX_FILE = 'index.html';

// Each file keeps its slug name unless another took it first: then "-2", "-3", … before the extension.
function uniqueNames(posts: ExportedPost[], reserved: string[]): ExportedPost[] {
  const taken = new Set(reserved);
  return posts.map(({ facts, file }) => {
    const dot = file.filename.lastIndexOf('.');
    const [stem, extension] = [file.filename.slice(0, dot), file.filename.slice(dot)];
    let name = file.filename;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${extension}`;
    taken.add(name);
    return { facts, file: { ...file, filename: name } };
  });
}

// The HTML index: every post, newest first, with its date and channels, linking to its file beside it.
function indexPage(posts: ExportedPost[], lang: string): ExportedFile {
  const labels = exportLabels(lang);
  const newestFirst = [...posts].sort((a, b) => b.facts.sortDate.localeCompare(a.facts.sortDate));
  const items = newestFirst.map(({ facts, file }) => {
    const channels = facts.codes.length
      ? ` <span class="channels">${facts.codes.map((code) => `<span class="p-category">${escapeHtml(code)}</span>`).join(' ')}</span>`
      : '';
    return (
      `<li class="h-entry"><a class="u-url p-name" href="${escapeHtml(encodeURIComponent(file.filename))}">${escapeHtml(facts.title)}</a>` +
      `${publishedTime(facts.published, lang)}${channels}</li>`
    );
  });
  const content = [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(labels.posts)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="index h-feed">',
    `<h1 class="p-name">${escapeHtml(labels.posts)}</h1>`,
    `<ol>\n${items.join('\n')}\n</ol>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { filename: INDEX_FILE, mimeType: 'text/html', content };
}

// Several posts as the files of one folder: names from slugs, never the same twice, and for HTML an index page.
export function exportFolder(format: ExportFormat, posts: ExportedPost[], lang: string): ExportedFile[] {
  const named = uniqueNames(posts, format === 'html' ? [INDEX_FILE] : []);
  const files = named.map(({ file }) => file);
  return format === 'html' ? [...files, indexPage(named, lang)] : files;
}
