const TAG = /<(\/?)([a-z]+)\b[^>]*>/g;
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const LINE = '\u0001';
const PARAGRAPH = '\u0002';

// htmlToText for the sanitizer's own output only, without a parser: that output holds nothing but allow-listed tags,
// quoted attributes, and text escaped as &amp; &lt; &gt; &quot;.
export function sanitizedHtmlToText(html: string): string {
  const marked = html
    .replace(/\s+/g, ' ')
    .replace(TAG, (_tag, _slash: string, name: string) => (name === 'br' ? LINE : BLOCKS.has(name) ? PARAGRAPH : ''))
    .replace(/&(amp|lt|gt|quot|#39);/g, (_entity, name: string) => ENTITIES[name] ?? '');
  const paragraphs: string[][] = [];
  for (const block of marked.split(PARAGRAPH)) {
    let lines: string[] = [];
    for (const segment of block.split(LINE)) {
      const line = segment.trim();
      // Two <br> in a row part paragraphs, as in htmlToText.
      if (line === '' && lines.length > 0) {
        paragraphs.push(lines);
        lines = [];
      } else if (line !== '') lines.push(line);
    }
    if (lines.length > 0) paragraphs.push(lines);
  }
  return paragraphs.map((lines) => lines.join('\n')).join('\n\n');
}
