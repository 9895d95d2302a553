import { Node } from '@tiptap/pm/model';
import { fragmentToHtml } from '../dom/htmlDom';
import { bodySchema } from '../shared/content/bodySchema';
import { validateDoc } from '../shared/content/validateDoc';

// The HTML of a post body as the editor would render it; the doc is validated first, so a smuggled link never renders.
export function docToHtml(doc: unknown): string {
  const schema = bodySchema();
  return fragmentToHtml(Node.fromJSON(schema, validateDoc(doc)).content, schema);
}
