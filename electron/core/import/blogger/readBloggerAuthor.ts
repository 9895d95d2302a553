import type { ImportedAuthor } from '../../shared/importTypes';
import { childOf, childText, type XmlNode } from '../xml/xmlNode';
import { ATOM, TAKEOUT } from './bloggerNamespaces';

// Blogger puts this address on every account: it identifies nobody.
const PLACEHOLDER_EMAIL = 'noreply@blogger.com';

// An Atom <author>: the profile URL (uri) is the account, so it is what matches a comment to the post author.
export function readBloggerAuthor(entry: XmlNode): ImportedAuthor {
  const node = childOf(entry, ATOM, 'author');
  if (!node) return { name: '' };
  const uri = childText(node, ATOM, 'uri');
  const email = childText(node, ATOM, 'email');
  const author: ImportedAuthor = { name: childText(node, ATOM, 'name') };
  if (email && email.toLowerCase() !== PLACEHOLDER_EMAIL) author.email = email;
  if (childText(node, TAKEOUT, 'type').toUpperCase() === 'ANONYMOUS') author.anonymous = true;
  else if (uri) author.userId = uri;
  if (uri) author.url = uri;
  return author;
}
