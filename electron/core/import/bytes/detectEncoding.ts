// Which decoder reads the file: a byte-order mark wins, then an XML or HTML charset declaration, else UTF-8.

export interface TextEncoding {
  // A WHATWG encoding label TextDecoder understands.
  label: string;
  bomLength: number;
}

const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

export function detectEncoding(data: Uint8Array): TextEncoding {
  const [a, b, c] = [data[0], data[1], data[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', bomLength: 2 };
  const start = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  const declared = (XML_ENCODING.exec(start)?.[1] ?? META_CHARSET.exec(start)?.[1])?.toLowerCase();
  // UTF-16 declared without a BOM cannot be true of a file whose first bytes read as ASCII.
  if (!declared || UTF8_LABELS.has(declared) || declared.startsWith('utf-16')) return { label: 'utf-8', bomLength: 0 };
  return { label: declared, bomLength: 0 };
}
