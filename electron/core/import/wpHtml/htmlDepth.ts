import { Parser } from 'htmlparser2';

// How deep a page's elements nest, measured before a tree is built, so a hostile page cannot exhaust the stack.
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      if (depth > deepest) deepest = depth;
    },
    onclosetag() {
      depth--;
    },
  });
  parser.end(html);
  return deepest;
}
