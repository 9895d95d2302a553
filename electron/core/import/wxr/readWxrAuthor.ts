import type { ImportedAuthor } from '../../shared/importTypes';
import { childText, type XmlNode } from '../xml/xmlNode';
import { isWpNamespace as WP } from './wxrNamespaces';

export interface WxrAuthor {
  login: string;
  author: ImportedAuthor;
}

// One channel-level <wp:author>: the account that `dc:creator` names by login.
export function readWxrAuthor(node: XmlNode): WxrAuthor | null {
  const login = childText(node, WP, 'author_login');
  if (login === '') return null;
  const id = childText(node, WP, 'author_id');
  const author: ImportedAuthor = {
    name: childText(node, WP, 'author_display_name') || login,
    email: childText(node, WP, 'author_email'),
    username: login,
  };
  if (id !== '' && id !== '0') author.userId = id;
  return { login, author };
}
