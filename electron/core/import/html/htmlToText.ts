import { Parser } from 'htmlparser2';
import { MAX_MARKUP_DEPTH, markupTooDeep } from '../../content/markupDepth';
import { COMMENT_BLOCK_RENAMES } from '../../shared/policy';

// The blocks a comment keeps, and those it keeps as paragraphs: each ends a paragraph of the text.
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'hr', ...Object.keys(COMMENT_BLOCK_RENAMES)]);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'svg', 'math', 'head', 'title']);

// Plain text of an HTML fragment: entities decoded, paragraphs separated by a blank line, whitespace collapsed inside each.
export function htmlToText(html: string): string {
  const paragraphs: string[][] = [[]];
  let line = '';
  let hiddenDepth = 0;
  let depth = 0;
  const endLine = (): void => {
    const current = paragraphs[paragraphs.length - 1];
    const collapsed = line.replace(/\s+/g, ' ').trim();
    if (current && collapsed !== '') current.push(collapsed);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if ((paragraphs[paragraphs.length - 1]?.length ?? 0) > 0) paragraphs.push([]);
  };
  const parser = new Parser({
    onopentag(name) {
      // Counted while reading: the parser itself slows down with every level.
      if (++depth > MAX_MARKUP_DEPTH) throw markupTooDeep();
      if (HIDDEN.has(name)) hiddenDepth++;
      // A blank line made of two <br> is a paragraph break.
      else if (name === 'br') (line.trim() === '' ? endParagraph : endLine)();
      else if (BLOCKS.has(name)) endParagraph();
    },
    onclosetag(name) {
      depth--;
      if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
      else if (BLOCKS.has(name)) endParagraph();
    },
    ontext(text) {
      if (hiddenDepth === 0) line += text;
    },
  });
  parser.end(html);
  endLine();
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n');
}
