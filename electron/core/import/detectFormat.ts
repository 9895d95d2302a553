import type { ThreadFormat } from '../store/schema';
import { hasCommentsHeader } from './text/commentsHeader';

// Skips the XML declaration, comments and a DOCTYPE (with its internal subset) to reach the root start tag.
function rootTag(markup: string): { name: string; attrs: string } | null {
  let rest = markup;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) rest = rest.slice(rest.indexOf('?>') + 2);
    else if (rest.startsWith('<!--')) rest = rest.slice(rest.indexOf('-->') + 3);
    else if (/^<!doctype/i.test(rest)) {
      const subset = rest.indexOf('[');
      const close = rest.indexOf('>');
      rest = rest.slice(subset >= 0 && subset < close ? rest.indexOf(']>', subset) + 2 : close + 1);
    } else break;
    if (rest === '' || rest.length > markup.length) return null;
  }
  const match = /^<([A-Za-z_][\w:.-]*)([^>]*)>?/.exec(rest);
  return match ? { name: (match[1] ?? '').toLowerCase(), attrs: match[2] ?? '' } : null;
}

// The format of a file from its beginning (the first 64 KB is plenty), or null when it is none Kanal reads.
export function detectFormat(head: string): ThreadFormat | null {
  const text = head.replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) return hasCommentsHeader(text) ? 'text' : null;
  const root = rootTag(text);
  if (!root) return /^\s*<!doctype\s+html/i.test(text) ? 'wp-html' : null;
  const local = root.name.slice(root.name.indexOf(':') + 1);
  if (local === 'html') return 'wp-html';
  if (local === 'rss') return /wordpress\.org\/export\/1\.\d+\//.test(text) ? 'wxr' : null;
  if (local === 'disqus') return 'disqus';
  if (local === 'feed') return /schemas\.google\.com\/blogger\/|<(?:\w+:)?generator[^>]*>\s*Blogger/.test(text) ? 'blogger' : null;
  return null;
}
