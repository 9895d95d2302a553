import { toIsoDate } from '../dates/toIsoDate';
import { ownEntry } from '../ownEntry';
import type { ImportedComment } from '../../shared/importTypes';
import { childText, type XmlNode } from '../xml/xmlNode';
import { kanalFingerprint, kanalId, KANAL_META, metaValue } from './kanalMeta';
import { isWpNamespace as WP } from './wxrNamespaces';

const STATUS: Record<string, ImportedComment['status']> = {
  '1': 'approved',
  // WordPress inserts a comment without comment_approved as approved.
  '': 'approved',
  '0': 'pending',
  spam: 'spam',
  trash: 'trash',
  'post-trashed': 'trash',
};

const KIND: Record<string, ImportedComment['kind']> = {
  '': 'comment',
  comment: 'comment',
  pingback: 'pingback',
  trackback: 'trackback',
  // A webmention is a linkback too: nothing to answer.
  webmention: 'pingback',
  note: 'note',
};

const nonZero = (id: string): string | null => (id === '' || id === '0' ? null : id);

// One <wp:comment>; `position` numbers comments that lack a comment_id.
export function readWxrComment(node: XmlNode, position: number): ImportedComment {
  const id = childText(node, WP, 'comment_id');
  const userId = nonZero(childText(node, WP, 'comment_user_id'));
  const comment: ImportedComment = {
    externalId: id || `position-${position}`,
    parentExternalId: nonZero(childText(node, WP, 'comment_parent')),
    author: {
      name: rawChildText(node, 'comment_author'),
      email: childText(node, WP, 'comment_author_email'),
      url: childText(node, WP, 'comment_author_url'),
      ...(userId ? { userId } : {}),
    },
    date: toIsoDate(childText(node, WP, 'comment_date_gmt')) ?? toIsoDate(childText(node, WP, 'comment_date')),
    status: ownEntry(STATUS, childText(node, WP, 'comment_approved').toLowerCase()) ?? 'pending',
    kind: ownEntry(KIND, childText(node, WP, 'comment_type').toLowerCase()) ?? 'comment',
    html: rawChildText(node, 'comment_content'),
  };
  if (!id) comment.numberedByParser = true;
  const localDate = childText(node, WP, 'comment_date');
  if (localDate) comment.wordpress = { author: comment.author.name, date: localDate };
  const fingerprint = kanalFingerprint(metaValue(node, 'commentmeta', KANAL_META.fingerprint));
  const replyId = kanalId(metaValue(node, 'commentmeta', KANAL_META.reply));
  if (fingerprint || replyId)
    comment.kanal = { ...(fingerprint ? { fingerprint } : {}), ...(replyId ? { replyId } : {}) };
  return comment;
}

// Content and names keep their inner whitespace; the cleaners decide what it means.
function rawChildText(node: XmlNode, local: string): string {
  return node.children.find((c) => c.local === local && WP(c.uri))?.text ?? '';
}
