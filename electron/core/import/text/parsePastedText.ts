import { ImportFileError } from '../ImportFileError';
import { textToParagraphs } from '../html/textToParagraphs';
import type { ParsedImport } from '../../shared/importTypes';
import { matchCommentsHeader } from './commentsHeader';
import { readPastedComment } from './readPastedComment';
import { splitCommentBlocks } from './splitCommentBlocks';

// Text copied from a post page: title, body, "N thoughts on “Title”", then the numbered comments.
export function parsePastedText(fileName: string, text: string): ParsedImport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headerAt = lines.findIndex((line) => matchCommentsHeader(line) !== null);
  if (headerAt < 0) {
    throw new ImportFileError(
      fileName,
      'no-comments-header',
      'it has no “N thoughts on …” line, so Kanal cannot tell the post from its comments',
    );
  }
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  const hasTitleLine = firstLine >= 0 && firstLine < headerAt;
  const title = hasTitleLine ? (lines[firstLine] ?? '').trim() : (matchCommentsHeader(lines[headerAt] ?? '') ?? '');
  const body = hasTitleLine ? textToParagraphs(lines.slice(firstLine + 1, headerAt).join('\n')) : '';
  const comments = splitCommentBlocks(lines.slice(headerAt + 1)).map((block, i) => readPastedComment(block, i + 1));
  return {
    format: 'text',
    threads: [
      {
        sourceKey: title,
        title,
        url: null,
        slug: null,
        author: null,
        postHtml: body || null,
        publishedAt: null,
        lang: null,
        categories: [],
        comments,
      },
    ],
    warnings: comments.length === 0 ? [`“${fileName}” names a comment thread but holds no comments.`] : [],
  };
}
