import { escapeHtml } from '../../shared/policy';
import { attrOf, childOf, type XmlNode } from '../xml/xmlNode';
import { ATOM } from './bloggerNamespaces';

// Atom content is HTML when type="html" (Blogger's choice); plain text otherwise.
export function readBloggerContent(entry: XmlNode): string {
  const content = childOf(entry, ATOM, 'content') ?? childOf(entry, ATOM, 'summary');
  if (!content) return '';
  const type = attrOf(content, 'type') ?? 'text';
  return type === 'html' ? content.text : escapeHtml(content.text);
}
