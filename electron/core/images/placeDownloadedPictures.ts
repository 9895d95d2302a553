import { Node, type Schema } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { bodySchema } from '../shared/content/bodySchema';
import { validateDoc } from '../shared/content/validateDoc';
import { isWebPictureLink } from '../shared/images/webPictureLinks';
import type { Doc } from '../shared/schema';

interface LinkRun {
  from: number;
  to: number;
  url: string;
  alt: string;
}

const pictureUrlOf = (node: Node): string | null => {
  const mark = node.marks.find((candidate) => isWebPictureLink(candidate.type.name, candidate.attrs));
  const href: unknown = mark?.attrs['href'];
  return typeof href === 'string' ? href : null;
};

// Every run of text under a picture link whose address is in `urls`, in document order.
function linkRuns(doc: Node, urls: ReadonlySet<string>): LinkRun[] {
  const runs: LinkRun[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const url = pictureUrlOf(node);
    if (url === null || !urls.has(url)) return false;
    const last = runs.at(-1);
    // One link split by other marks (an italic word in its alt text) is one picture.
    if (last && last.to === pos && last.url === url) {
      last.to = pos + node.nodeSize;
      last.alt += node.text ?? '';
    } else runs.push({ from: pos, to: pos + node.nodeSize, url, alt: node.text ?? '' });
    return false;
  });
  return runs;
}

// The words of a picture link are its alt text, unless they are only its address (the picture had none).
const altOf = (run: LinkRun): string => (run.alt.trim() === run.url ? '' : run.alt.trim());

const pictureNode = (schema: Schema, src: string, run: LinkRun): Node =>
  schema.node('image', { src, alt: altOf(run), title: null });

// The doc with each picture link whose picture is now stored (address → stored src) replaced by that picture, its
// words kept as the alt text; the text around it stays where it was, split into blocks of its own where needed.
export function placeDownloadedPictures(doc: Doc, stored: ReadonlyMap<string, string>): Doc {
  const schema = bodySchema();
  const transform = new Transform(Node.fromJSON(schema, doc));
  // From the end, so the positions of the runs still to be replaced do not move.
  for (const run of linkRuns(transform.doc, new Set(stored.keys())).reverse()) {
    const src = stored.get(run.url);
    if (src) transform.replaceRangeWith(run.from, run.to, pictureNode(schema, src, run));
  }
  return validateDoc(transform.doc.toJSON());
}
