import { toIsoDate } from '../dates/toIsoDate';
import type { ImportedComment } from '../../shared/importTypes';
import { attrOf, childOf, childText, type XmlNode } from '../xml/xmlNode';
import { DISQUS, DSQ } from './disqusNamespaces';
import { readDisqusAuthor } from './readDisqusAuthor';

export interface DisqusPost {
  threadId: string;
  comment: ImportedComment;
}

const refId = (node: XmlNode, local: string): string | null => {
  const ref = childOf(node, DISQUS, local);
  return ref ? (attrOf(ref, 'id', DSQ) ?? null) : null;
};

function status(node: XmlNode): ImportedComment['status'] {
  if (childText(node, DISQUS, 'isSpam') === 'true') return 'spam';
  if (childText(node, DISQUS, 'isDeleted') === 'true') return 'deleted';
  return childText(node, DISQUS, 'isApproved') === 'false' ? 'pending' : 'approved';
}

// A <post dsq:id>: one comment, with <thread dsq:id> naming its thread and <parent dsq:id> the comment it answers.
export function readDisqusPost(node: XmlNode): DisqusPost {
  return {
    threadId: refId(node, 'thread') ?? '',
    comment: {
      externalId: attrOf(node, 'id', DSQ) ?? '',
      parentExternalId: refId(node, 'parent'),
      author: readDisqusAuthor(node) ?? { name: '' },
      date: toIsoDate(childText(node, DISQUS, 'createdAt')),
      status: status(node),
      kind: 'comment',
      html: childOf(node, DISQUS, 'message')?.text ?? '',
    },
  };
}
