import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';

const EMBEDDING = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'base',
  'meta-refresh',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;

// Everything in an exported page that could run, load or submit: a script other than the JSON-LD block, an event
// handler, a javascript:/data: address, an embedding or form element, a style attribute. Written apart from the
// code under test.
export function findLiveMarkup(html: string): string[] {
  const findings: string[] = [];
  for (const element of DomUtils.findAll(() => true, parseDocument(html).children) as Element[]) {
    const name = element.name.toLowerCase();
    if (name === 'script' && element.attribs['type'] !== 'application/ld+json') findings.push('a script');
    if (EMBEDDING.has(name)) findings.push(`<${name}>`);
    if (name === 'meta' && /refresh/i.test(element.attribs['http-equiv'] ?? '')) findings.push('a meta refresh');
    for (const [attribute, value] of Object.entries(element.attribs)) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) findings.push(`${lower} on <${name}>`);
      if (lower === 'style') findings.push(`style on <${name}>`);
      if (URL_ATTRIBUTES.has(lower) && UNSAFE_URL.test(value)) findings.push(`${lower}=${value.slice(0, 30)}`);
    }
  }
  return findings;
}

// A Markdown body as a site generator that passes raw HTML through would render it; the front matter is data, which
// the generator reads as YAML rather than renders.
const markdown = new MarkdownIt({ html: true });
export const findLiveMarkdown = (md: string): string[] =>
  findLiveMarkup(markdown.render(md.replace(/^---\n[\s\S]*?\n---\n/, '')));

// The HTML a WXR file carries (post content and comment content), as WordPress would show it.
export function findLiveWxr(xml: string): string[] {
  const dom = parseDocument(xml, { xmlMode: true });
  const carried = DomUtils.findAll(
    (e) => e.name === 'content:encoded' || e.name === 'wp:comment_content',
    dom.children,
  );
  return carried.flatMap((element) => findLiveMarkup(DomUtils.textContent(element)));
}
