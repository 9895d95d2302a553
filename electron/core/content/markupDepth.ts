import { Parser } from 'htmlparser2';
import { ContentError } from '../shared/content/contentError';

// Deeper than any real post or comment. htmlparser2 shifts its whole stack of open elements on every start tag and
// tree builders recurse, so deeper markup only serves to hang or crash them.
export const MAX_MARKUP_DEPTH = 200;

const TOO_DEEP = new Error('nested too deep');

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count++;
  return count;
}

// Whether elements nest more than `limit` deep; reading stops at the first element that does.
export function nestsDeeperThan(html: string, limit: number = MAX_MARKUP_DEPTH): boolean {
  // Fewer tags than the limit cannot nest past it: most comments are decided without a parse.
  if (countOf(html, '<') <= limit) return false;
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      if (++depth > limit) throw TOO_DEEP;
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.end(html);
    return false;
  } catch (error) {
    if (error === TOO_DEEP) return true;
    throw error;
  }
}

export const markupTooDeep = (): ContentError =>
  new ContentError(`its HTML is nested more than ${MAX_MARKUP_DEPTH} levels deep`, 'too-deep', {
    limit: MAX_MARKUP_DEPTH,
  });

// Throws before a parser that would hang or overflow on it ever sees markup nested past MAX_MARKUP_DEPTH.
export function refuseDeepMarkup(html: string): void {
  if (nestsDeeperThan(html)) throw markupTooDeep();
}
