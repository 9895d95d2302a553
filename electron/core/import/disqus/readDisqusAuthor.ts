import type { ImportedAuthor } from '../../shared/importTypes';
import { childOf, childText, type XmlNode } from '../xml/xmlNode';
import { DISQUS } from './disqusNamespaces';

// The <author> of a thread or post; anonymous (guest) authors typed their e-mail themselves.
export function readDisqusAuthor(parent: XmlNode): ImportedAuthor | null {
  const node = childOf(parent, DISQUS, 'author');
  if (!node) return null;
  const author: ImportedAuthor = {
    name: childText(node, DISQUS, 'name') || childText(node, DISQUS, 'username'),
    email: childText(node, DISQUS, 'email'),
  };
  const username = childText(node, DISQUS, 'username');
  if (username) author.username = username;
  if (childText(node, DISQUS, 'isAnonymous') === 'true') author.anonymous = true;
  return author;
}
