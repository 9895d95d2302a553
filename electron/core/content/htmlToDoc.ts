import { generateJSON } from '@tiptap/html/server';
import sanitizeHtml from 'sanitize-html';
import type { Doc } from '../store/schema';
import { autoParagraphs, needsAutoParagraphs } from './autoParagraphs';
import { postExtensions } from './extensions';
import { importAllowList } from './importAllowList';
import { validateDoc } from './validateDoc';

// Turns imported or pasted HTML (a WordPress post's content:encoded, a Blogger entry) into a post body.
export function htmlToDoc(html: string): Doc {
  const sanitized = sanitizeHtml(html, importAllowList);
  const structured = needsAutoParagraphs(sanitized) ? autoParagraphs(sanitized) : sanitized;
  const json: unknown = generateJSON(structured, postExtensions());
  return validateDoc(json);
}
