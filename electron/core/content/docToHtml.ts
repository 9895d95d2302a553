import { Node } from '@tiptap/pm/model';
import { fragmentToHtml } from '../dom/htmlDom';
import { bodySchema } from '../shared/content/bodySchema';
import { validateDoc } from '../shared/content/validateDoc';
import { withImageSources } from '../shared/images/docImages';

// The HTML of a post body as the editor would render it; the doc is validated first, so a smuggled link never renders.
// An export gives where its pictures are (their paths beside it, or data: URLs); they are placed after the check.
export function docToHtml(doc: unknown, pictureAddress?: (src: string) => string): string {
  const schema = bodySchema();
  const valid = validateDoc(doc);
  const placed = pictureAddress ? withImageSources(valid, pictureAddress) : valid;
  return fragmentToHtml(Node.fromJSON(schema, placed).content, schema);
}
