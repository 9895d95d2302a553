import type { ImportedComment } from '../../shared/importTypes';
import { MAX_COMMENT_HTML_CHARS } from '../importLimits';

// A character reference is at most this long ("&CounterClockwiseContourIntegral;" is 33).
const LONGEST_REFERENCE = 40;

// Where to cut so that no tag, character reference or surrogate pair is split: at or before `limit`.
export function safeCutPoint(html: string, limit: number): number {
  let cut = limit;
  if (/[\uD800-\uDBFF]/.test(html.charAt(cut - 1))) cut -= 1;
  const tagStart = html.lastIndexOf('<', cut - 1);
  if (tagStart > html.lastIndexOf('>', cut - 1)) cut = tagStart;
  const reference = html.lastIndexOf('&', cut - 1);
  if (reference >= 0 && cut - reference <= LONGEST_REFERENCE && /^&#?[A-Za-z0-9]*$/.test(html.slice(reference, cut)))
    cut = reference;
  return cut;
}

export interface CappedComments {
  comments: ImportedComment[];
  // The length before, of each comment that was cut (keyed by the cut comment).
  lengthBefore: Map<ImportedComment, number>;
}

// Cuts every comment longer than the app can keep, before any sanitizing, so that work stays small too.
export function capCommentSize(comments: ImportedComment[]): CappedComments {
  const lengthBefore = new Map<ImportedComment, number>();
  const capped = comments.map((comment) => {
    if (comment.html.length <= MAX_COMMENT_HTML_CHARS) return comment;
    const cut = { ...comment, html: comment.html.slice(0, safeCutPoint(comment.html, MAX_COMMENT_HTML_CHARS)) };
    lengthBefore.set(cut, comment.html.length);
    return cut;
  });
  return { comments: capped, lengthBefore };
}

const characters = (n: number): string => `${n.toLocaleString('en-US')} characters`;

// The import summary's note on one cut comment: whose, where, and how much was kept.
export function cutCommentWarning(threadTitle: string, authorName: string, length: number): string {
  return `A comment by ${authorName || 'an anonymous reader'} on “${threadTitle}” was ${characters(length)} long; only its first ${characters(MAX_COMMENT_HTML_CHARS)} were kept.`;
}
