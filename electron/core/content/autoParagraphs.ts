// WordPress's wpautop, ported for sanitized HTML: blank lines separate paragraphs, single newlines are line breaks.
// Classic WordPress content (and pasted text) is stored this way; the blog adds the <p> tags only when it shows a post.

const BLOCK = '(?:pre|ul|ol|li|blockquote|h[1-6]|hr|p|div)';
const OPENING_BLOCK = new RegExp(`(<${BLOCK}[\\s/>])`, 'g');
const CLOSING_BLOCK = new RegExp(`(</${BLOCK}>)`, 'g');
const LONE_BLOCK_IN_PARAGRAPH = new RegExp(`<p>\\s*(</?${BLOCK}[^>]*>)\\s*</p>`, 'g');
const PARAGRAPH_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?${BLOCK}[^>]*>)`, 'g');
const PARAGRAPH_AFTER_BLOCK = new RegExp(`(</?${BLOCK}[^>]*>)\\s*</p>`, 'g');
const BREAK_AFTER_BLOCK = new RegExp(`(</?${BLOCK}[^>]*>)\\s*<br />`, 'g');
const BREAK_BEFORE_BLOCK = /<br \/>(\s*<\/?(?:p|li|div|pre|ul|ol)[^>]*>)/g;
const PRE_ELEMENT = /<pre[\s>][\s\S]*?<\/pre>/g;
const PRE_PLACEHOLDER = /<pre data-kanal-pre="(\d+)"><\/pre>/g;
// wpautop's (?<!<br \/>)\s*\n, started only where a run of spaces starts (or just after a <br />): tried at every
// space of a long run without a newline, the original rescans the rest of the run each time.
const NEWLINE_WITHOUT_BREAK = /(?<!\s|<br \/>)\s*\n|(?<=<br \/>\s)\s*\n/g;

// True when the HTML has no paragraph structure of its own, so blank lines are what separates its paragraphs.
export function needsAutoParagraphs(html: string): boolean {
  return !/<(?:p|div)[\s/>]/i.test(html) && /\S/.test(html);
}

function wrapParagraphs(html: string): string {
  return html
    .split(/\n\s*\n/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => `<p>${chunk.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');
}

// Input must be sanitized: attribute values are quoted and escaped, and no element but the allowed ones remains.
export function autoParagraphs(html: string): string {
  if (html.trim() === '') return '';
  // Preformatted text keeps its newlines: set it aside until the end.
  const pres: string[] = [];
  let text = html.replace(PRE_ELEMENT, (pre) => `<pre data-kanal-pre="${pres.push(pre) - 1}"></pre>`);
  text = (text + '\n')
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/g, '<br />')
    .replace(/<br \/>\s*<br \/>/g, '\n\n')
    .replace(OPENING_BLOCK, '\n\n$1')
    .replace(CLOSING_BLOCK, '$1\n\n')
    .replace(/(<hr\s*\/?>)/g, '$1\n\n')
    .replace(/\n\n+/g, '\n\n');
  text = wrapParagraphs(text)
    .replace(/<p>\s*<\/p>/g, '')
    .replace(LONE_BLOCK_IN_PARAGRAPH, '$1')
    .replace(/<p>(<li.+?)<\/p>/g, '$1')
    .replace(/<p><blockquote([^>]*)>/g, '<blockquote$1><p>')
    .replaceAll('</blockquote></p>', '</p></blockquote>')
    .replace(PARAGRAPH_BEFORE_BLOCK, '$1')
    .replace(PARAGRAPH_AFTER_BLOCK, '$1')
    .replace(NEWLINE_WITHOUT_BREAK, '<br />\n')
    .replace(BREAK_AFTER_BLOCK, '$1')
    .replace(BREAK_BEFORE_BLOCK, '$1')
    .replace(/\n<\/p>$/, '</p>');
  return text.replace(PRE_PLACEHOLDER, (_placeholder, index: string) => pres[Number(index)] ?? '');
}
