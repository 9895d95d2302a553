import { allowedUrl, allowedUrlField, WEB_SCHEMES } from '../policy';
import type { Doc, DocNode } from '../schema';

// A picture in imported post HTML that points at the web becomes a link with this class, its alt text as the words,
// until the author downloads it. It is the one class a link keeps; exports drop it with every other class.
export const WEB_PICTURE_LINK_CLASS = 'web-picture';

// The link a picture on the web stands as until it is downloaded, imported or pasted alike: its address, and its alt
// text (else the address) as the words; null when it has no web address.
export function webPictureLink(src: string | null | undefined, alt: string | null | undefined) {
  const href = allowedUrlField(src, WEB_SCHEMES);
  return href === null ? null : { href, words: alt?.trim() || href };
}

// Whether a mark (as JSON or in the editor) is a link standing for a picture on the web.
export const isWebPictureLink = (type: string, attrs: Readonly<Record<string, unknown>> | undefined): boolean =>
  type === 'link' && attrs?.['class'] === WEB_PICTURE_LINK_CLASS && allowedUrl(attrs['href'], WEB_SCHEMES) !== null;

export interface WebPictureLink {
  url: string;
  // The words of its first link: the picture's alt text from the imported HTML.
  alt: string;
}

const pictureAddressOf = (node: DocNode): string | null => {
  const mark = node.marks?.find((candidate) => isWebPictureLink(candidate.type, candidate.attrs));
  const href = mark?.attrs?.['href'];
  return typeof href === 'string' ? href : null;
};

// Each run of text under one picture link, in order; a link's words may be split by other marks (an italic word).
function pictureRuns(doc: Doc): WebPictureLink[] {
  const runs: WebPictureLink[] = [];
  const visit = (node: DocNode): void => {
    let previous: string | null = null;
    for (const child of node.content ?? []) {
      const url = child.type === 'text' ? pictureAddressOf(child) : null;
      const last = runs.at(-1);
      if (url !== null && url === previous && last) last.alt += child.text ?? '';
      else if (url !== null) runs.push({ url, alt: child.text ?? '' });
      previous = url;
      visit(child);
    }
  };
  visit(doc);
  return runs;
}

// The pictures on the web a doc links to, each address once (with the words of its first link), in order.
export function webPictureLinksOf(doc: Doc): WebPictureLink[] {
  const first = new Map<string, WebPictureLink>();
  for (const run of pictureRuns(doc)) if (!first.has(run.url)) first.set(run.url, run);
  return [...first.values()];
}
