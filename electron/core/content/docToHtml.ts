import { generateHTML } from '@tiptap/html/server';
import { postExtensions } from './extensions';
import { validateDoc } from './validateDoc';

// The HTML of a post body as the editor would render it; the doc is validated first, so a smuggled link never renders.
export function docToHtml(doc: unknown): string {
  return generateHTML(validateDoc(doc), postExtensions());
}
