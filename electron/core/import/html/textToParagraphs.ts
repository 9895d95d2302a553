import { escapeHtml } from '../../shared/policy';

// Plain text cut into paragraphs (at blank lines) of trimmed, whitespace-collapsed lines.
export function textParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

// Paragraphs as escaped HTML: one <p> each, its lines parted by <br />.
export const paragraphsToHtml = (paragraphs: string[][]): string =>
  paragraphs.map((lines) => `<p>${lines.map(escapeHtml).join('<br />\n')}</p>`).join('\n');

// Plain text as escaped HTML paragraphs.
export const textToParagraphs = (text: string): string => paragraphsToHtml(textParagraphs(text));
