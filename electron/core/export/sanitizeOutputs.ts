import { randomUUID } from 'node:crypto';
import { sanitizeOutput, type OutputSource } from './sanitizeOutput';

// A whole start or end tag as sanitize-html writes it: in its output "<" and ">" stand nowhere else.
const TAG = /<(\/?)([a-z][a-z0-9]*)(?:\s[^<>]*?)?(\/?)>/g;

// Whether `html` is whole on its own: every element it opens it closes, and no tag is cut.
function standsAlone(html: string): boolean {
  const open: string[] = [];
  for (const [, end, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing) continue;
    if (!end) open.push(name ?? '');
    else if (open.pop() !== name) return false;
  }
  return open.length === 0 && !/[<>]/.test(html.replace(TAG, ''));
}

// Many pieces of HTML through THE output sanitizer at once, each as sanitizeOutput would give it: one pass over them
// all costs a third of one pass each (a long thread has a thousand), and they are cut apart again at a fresh random
// marker. Should a piece leave an element open, or swallow the marker, each piece is sanitized alone instead.
export function sanitizeOutputs(htmls: readonly string[], source: OutputSource): string[] {
  const alone = () => htmls.map((html) => sanitizeOutput(html, source));
  if (htmls.length < 2) return alone();
  const marker = `\n${randomUUID()}\n`;
  const pieces = sanitizeOutput(htmls.join(marker), source).split(marker);
  return pieces.length === htmls.length && pieces.every(standsAlone) ? pieces : alone();
}
