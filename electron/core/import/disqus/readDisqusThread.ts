import { toIsoDate } from '../dates/toIsoDate';
import type { ImportedThread } from '../../shared/importTypes';
import { attrOf, childText, type XmlNode } from '../xml/xmlNode';
import { DISQUS, DSQ } from './disqusNamespaces';
import { readDisqusAuthor } from './readDisqusAuthor';

export interface DisqusThread {
  dsqId: string;
  thread: ImportedThread;
}

// A <thread dsq:id>: the page Disqus comments hang on. Its comments arrive later, as <post>s that point here.
export function readDisqusThread(node: XmlNode): DisqusThread {
  const dsqId = attrOf(node, 'id', DSQ) ?? '';
  const link = childText(node, DISQUS, 'link');
  const message = childText(node, DISQUS, 'message');
  return {
    dsqId,
    thread: {
      sourceKey: `disqus-thread-${dsqId}`,
      title: childText(node, DISQUS, 'title') || link || `Disqus thread ${dsqId}`,
      url: link || null,
      slug: null,
      author: readDisqusAuthor(node),
      postHtml: message || null,
      publishedAt: toIsoDate(childText(node, DISQUS, 'createdAt')),
      lang: null,
      categories: [],
      comments: [],
    },
  };
}
