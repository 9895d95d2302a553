import { toIsoDate } from '../dates/toIsoDate';
import { ownEntry } from '../ownEntry';
import type { ImportedComment } from '../../shared/importTypes';
import { attrOf, childOf, childrenOf, childText, type XmlNode } from '../xml/xmlNode';
import { ATOM, GDATA, TAKEOUT, THREAD } from './bloggerNamespaces';
import { readBloggerAuthor } from './readBloggerAuthor';
import { readBloggerContent } from './readBloggerContent';

export interface BloggerComment {
  comment: ImportedComment;
  // What it answers: the post (Takeout's blogger:parent) or, in the classic export, a post or a comment (thr:in-reply-to).
  replyTo: string | null;
  // The comment it answers, as an id (Takeout's blogger:inReplyTo) or the number at the end of a `related` link.
  parentRef: string | null;
}

const TAKEOUT_STATUS: Record<string, ImportedComment['status']> = {
  LIVE: 'approved',
  PENDING: 'pending',
  DRAFT: 'pending',
  SPAM: 'spam',
  SPAM_COMMENT: 'spam',
  SOFT_TRASHED: 'trash',
  TRASHED: 'trash',
  DELETED: 'deleted',
  EMPTIED: 'deleted',
};

function status(entry: XmlNode): ImportedComment['status'] {
  const takeout = childText(entry, TAKEOUT, 'status').toUpperCase();
  if (childText(entry, TAKEOUT, 'trashed') !== '') return 'trash';
  if (takeout) return ownEntry(TAKEOUT_STATUS, takeout) ?? 'pending';
  // The classic export keeps removed comments, marked with this property.
  const removed = childrenOf(entry, GDATA, 'extendedProperty').some(
    (p) => attrOf(p, 'name') === 'blogger.contentRemoved' && attrOf(p, 'value') === 'true',
  );
  return removed ? 'deleted' : 'approved';
}

// The classic export links a reply to its parent as …/comments/default/<parent number>.
const relatedNumber = (entry: XmlNode): string | null => {
  const link = childrenOf(entry, ATOM, 'link').find((l) => attrOf(l, 'rel') === 'related');
  const href = link ? attrOf(link, 'href') : undefined;
  return href ? (/(\d+)\/?$/.exec(href)?.[1] ?? null) : null;
};

export function readBloggerComment(entry: XmlNode): BloggerComment {
  const inReplyTo = childOf(entry, THREAD, 'in-reply-to');
  return {
    comment: {
      externalId: childText(entry, ATOM, 'id'),
      parentExternalId: null,
      author: readBloggerAuthor(entry),
      date: toIsoDate(childText(entry, ATOM, 'published')) ?? toIsoDate(childText(entry, ATOM, 'updated')),
      status: status(entry),
      kind: 'comment',
      html: readBloggerContent(entry),
    },
    replyTo: childText(entry, TAKEOUT, 'parent') || (inReplyTo ? (attrOf(inReplyTo, 'ref') ?? null) : null),
    parentRef: childText(entry, TAKEOUT, 'inReplyTo') || relatedNumber(entry),
  };
}
