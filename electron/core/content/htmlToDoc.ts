import { DOMParser } from '@tiptap/pm/model';
import sanitizeHtml from 'sanitize-html';
import type { Doc } from '../store/schema';
import { autoParagraphs, needsAutoParagraphs } from './autoParagraphs';
import { bodySchema } from './bodySchema';
import { importAllowList } from './importAllowList';
import { parseHtmlBody } from './parseHtmlBody';
import { validateDoc } from './validateDoc';

// Turns imported or pasted HTML (a WordPress post's content:encoded, a Blogger entry) into a post body.
export function htmlToDoc(html: string): Doc {
  const sanitized = sanitizeHtml(html, importAllowList);
  const structured = needsAutoParagraphs(sanitized) ? autoParagraphs(sanitized) : sanitized;
  const json: unknown = DOMParser.fromSchema(bodySchema()).parse(parseHtmlBody(structured)).toJSON();
  return validateDoc(json);
}
