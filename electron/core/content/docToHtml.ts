import { generateHTML } from '@tiptap/html/server';
import { postExtensions } from '../shared/content/extensions';
import { validateDoc } from '../shared/content/validateDoc';

// The HTML of a post body as the editor would render it; the doc is validated first, so a smuggled link never renders.
export function docToHtml(doc: unknown): string {
  return generateHTML(validateDoc(doc), postExtensions());
}
