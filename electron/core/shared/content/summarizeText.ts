import { excerpt } from './excerpt';

// The first `maxLength` characters of a text on one line, cut at a word boundary, for descriptions and previews.
export function summarizeText(text: string, maxLength = 160): string {
  return excerpt(text.replace(/\s+/g, ' '), maxLength);
}
