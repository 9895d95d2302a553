const STARTS_WITH_BLOCK = /^<(p|div|blockquote|ul|ol|pre|h[1-6]|table|figure|hr)[\s>/]/i;

// WordPress stores comments with bare line breaks and adds paragraphs only when it shows them (wpautop): do the same.
export function lineBreaksToParagraphs(content: string): string {
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => (STARTS_WITH_BLOCK.test(block) ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}
