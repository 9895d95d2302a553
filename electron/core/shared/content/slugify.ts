import { foldText } from './foldText';

const MAX_SLUG_LENGTH = 60;

// A file- and URL-safe name: "Kanaler för företag" → "kanaler-for-foretag"; empty when nothing usable is left.
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const dashed = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (dashed.length <= maxLength) return dashed;
  const cut = dashed.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  // Cut at a word boundary when there is one, else mid-word.
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
