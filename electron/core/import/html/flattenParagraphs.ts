const TAG = /<(\/?)([a-z]+)\b[^>]*>/g;
// Tags that start or end a block: a paragraph holds none of them, so one still open ends before them.
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre']);

// The sanitizer's output with every paragraph holding inline content only: blocks renamed to <p> may have nested
// (a <div> around a <p>, a <td> around a list), and a browser would turn those into empty paragraphs.
export function flattenParagraphs(html: string): string {
  let open = false;
  const flat = html.replace(TAG, (tag, slash: string, name: string) => {
    if (!BLOCKS.has(name)) return tag;
    const close = open ? '</p>' : '';
    if (name !== 'p') {
      open = false;
      return close + tag;
    }
    open = slash === '';
    return open ? close + tag : close;
  });
  return (open ? `${flat}</p>` : flat).replace(/<p>\s*<\/p>/g, '');
}
