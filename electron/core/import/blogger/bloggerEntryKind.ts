import { attrOf, childrenOf, childText, type XmlNode } from '../xml/xmlNode';
import { ATOM, KIND_PREFIX, KIND_SCHEME, TAKEOUT } from './bloggerNamespaces';

export type BloggerEntryKind = 'post' | 'comment' | 'other';

// Takeout says blogger:type POST/PAGE/COMMENT; the classic export says it with a kind category.
export function bloggerEntryKind(entry: XmlNode): BloggerEntryKind {
  const kind =
    childText(entry, TAKEOUT, 'type').toLowerCase() ||
    childrenOf(entry, ATOM, 'category')
      .filter((c) => attrOf(c, 'scheme') === KIND_SCHEME)
      .map((c) => attrOf(c, 'term') ?? '')
      .find((term) => term.startsWith(KIND_PREFIX))
      ?.slice(KIND_PREFIX.length);
  if (kind === 'comment') return 'comment';
  return kind === 'post' || kind === 'page' ? 'post' : 'other';
}
