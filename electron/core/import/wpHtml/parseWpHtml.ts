import { parseDocument } from 'htmlparser2';
import { nestsDeeperThan } from '../../content/markupDepth';
import { ImportFileError } from '../ImportFileError';
import { MAX_HTML_DEPTH } from '../importLimits';
import type { ParsedImport } from '../../shared/importTypes';
import { findFirst, hasClass } from './domQueries';
import { readCommentList } from './readCommentList';
import { readSavedPost } from './readSavedPost';

// A WordPress post page saved from a browser: the post, and the comments in its `ol.comment-list`.
export function parseWpHtml(fileName: string, html: string): ParsedImport {
  if (nestsDeeperThan(html, MAX_HTML_DEPTH)) {
    throw new ImportFileError(fileName, 'too-deep', `its HTML is nested more than ${MAX_HTML_DEPTH} levels deep`, {
      limit: MAX_HTML_DEPTH,
    });
  }
  const doc = parseDocument(html);
  const list = findFirst(
    doc.children,
    (el) => (el.name === 'ol' || el.name === 'ul') && (hasClass(el, 'comment-list') || hasClass(el, 'commentlist')),
  );
  if (!list) {
    throw new ImportFileError(
      fileName,
      'no-comment-list',
      'it is a web page without a WordPress comment list (ol.comment-list)',
    );
  }
  const post = readSavedPost(doc);
  return {
    format: 'wp-html',
    threads: [
      {
        sourceKey: post.url ?? post.title,
        title: post.title,
        url: post.url,
        slug: null,
        author: post.authorName ? { name: post.authorName } : null,
        postHtml: post.postHtml,
        publishedAt: post.publishedAt,
        lang: post.lang,
        categories: post.categories,
        comments: readCommentList(list),
      },
    ],
    warnings: [],
  };
}
