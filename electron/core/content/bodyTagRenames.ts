import type sanitizeHtml from 'sanitize-html';

export const renamedTo =
  (tagName: string) =>
  (_tag: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => ({ tagName, attribs });

// Tags that mean the same as one a post body has: kept under that name instead of dropped.
export const bodyTagRenames: Record<string, sanitizeHtml.Transformer> = {
  h1: renamedTo('h2'),
  h4: renamedTo('h3'),
  h5: renamedTo('h3'),
  h6: renamedTo('h3'),
  b: renamedTo('strong'),
  i: renamedTo('em'),
  del: renamedTo('s'),
  strike: renamedTo('s'),
};
