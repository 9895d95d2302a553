import { escapeHtml } from './escapeHtml';

// Plain text as escaped HTML paragraphs: blank lines part paragraphs, single line breaks become <br>.
export function textToParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br />\n')}</p>`)
    .join('\n');
}
