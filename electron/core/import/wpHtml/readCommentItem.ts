import type { Element } from 'domhandler';
import { toIsoDate } from '../dates/toIsoDate';
import type { ImportedComment } from '../../shared/importTypes';
import { findOwn, hasClass, innerHtml, isElement, isReplyList, outerHtml, textOf } from './domQueries';

// Parts of a comment's markup that are not what the commenter wrote.
const CHROME = [
  'comment-author',
  'comment-meta',
  'commentmetadata',
  'reply',
  'edit-link',
  'comment-awaiting-moderation',
  'vcard',
];

const kindOf = (li: Element): ImportedComment['kind'] =>
  hasClass(li, 'pingback') ? 'pingback' : hasClass(li, 'trackback') ? 'trackback' : 'comment';

// WordPress ids the item "comment-123" (or "li-comment-123"), sometimes only its inner article "div-comment-123".
function commentNumber(li: Element): string | null {
  const ids = [li.attribs.id, findOwn(li, (el) => /comment-\d+$/.test(el.attribs.id ?? ''))?.attribs.id];
  for (const id of ids) {
    const match = /comment-(\d+)$/.exec(id ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

// What the commenter wrote: `.comment-content`, or in older themes `.comment-body` without the theme's chrome.
function contentHtml(li: Element): string {
  const content = findOwn(li, (el) => hasClass(el, 'comment-content'));
  if (content) return innerHtml(content);
  const body = findOwn(li, (el) => hasClass(el, 'comment-body'));
  if (!body) return '';
  return body.children
    .filter((node) => !isElement(node) || !CHROME.some((c) => hasClass(node, c)))
    .map((node) => outerHtml(node))
    .join('');
}

// One `li.comment` of a saved page; its nested `ol.children` are read by the caller.
export function readCommentItem(li: Element, parentId: string | null, position: number): ImportedComment {
  const number = commentNumber(li);
  const fn = findOwn(li, (el) => hasClass(el, 'fn'));
  const link = fn && (fn.name === 'a' ? fn : findOwn(fn, (el) => el.name === 'a'));
  const kind = kindOf(li);
  const linkback = kind !== 'comment' ? findOwn(li, (el) => el.name === 'a' && hasClass(el, 'url')) : undefined;
  const time = findOwn(li, (el) => el.name === 'time' && el.attribs.datetime !== undefined);
  const comment: ImportedComment = {
    externalId: number ?? `position-${position}`,
    parentExternalId: parentId,
    author: { name: textOf(fn ?? linkback), url: (link ?? linkback)?.attribs.href ?? '' },
    date: toIsoDate(time?.attribs.datetime),
    status: findOwn(li, (el) => hasClass(el, 'comment-awaiting-moderation')) ? 'pending' : 'approved',
    kind,
    html: contentHtml(li),
  };
  if (hasClass(li, 'bypostauthor')) comment.byPostAuthor = true;
  if (!number) comment.numberedByParser = true;
  return comment;
}

export const replyListOf = (li: Element): Element | undefined =>
  li.children.filter(isElement).find((el) => isReplyList(el));
