import { generateJSON } from '@tiptap/html/server';
import type { Doc } from '../shared/schema';
import { autoParagraphs } from './autoParagraphs';
import { escapeHtml } from '../shared/policy';
import { postExtensions } from '../shared/content/extensions';
import { validateDoc } from '../shared/content/validateDoc';

// Plain text into a post body: blank lines separate paragraphs, single newlines become line breaks, "<" stays text.
export function textToDoc(text: string): Doc {
  const json: unknown = generateJSON(autoParagraphs(escapeHtml(text)), postExtensions());
  return validateDoc(json);
}
