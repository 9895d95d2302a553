import type { ThreadFormat } from '../shared/schema';
import { hasCommentsHeader } from './text/commentsHeader';
import { readProlog } from './xml/readProlog';

// The root element's local name, after the XML declaration, comments and DOCTYPE.
function rootName(markup: string): string | null {
  const name = /^<([A-Za-z_][\w:.-]*)/.exec(readProlog(markup).rest)?.[1];
  return name ? name.slice(name.indexOf(':') + 1).toLowerCase() : null;
}

// The format of a file from its beginning (the first 64 KB is plenty), or null when it is none Kanal reads.
export function detectFormat(head: string): ThreadFormat | null {
  const text = head.replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) return hasCommentsHeader(text) ? 'text' : null;
  const local = rootName(text);
  if (!local) return /^\s*<!doctype\s+html/i.test(text) ? 'wp-html' : null;
  if (local === 'html') return 'wp-html';
  if (local === 'rss') return /wordpress\.org\/export\/1\.\d+\//.test(text) ? 'wxr' : null;
  if (local === 'disqus') return 'disqus';
  if (local === 'feed')
    return /schemas\.google\.com\/blogger\/|<(?:\w+:)?generator[^>]*>\s*Blogger/.test(text) ? 'blogger' : null;
  return null;
}
