import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { docToHtml } from '../../../electron/core/content/docToHtml';
import { sanitizeOutput } from '../../../electron/core/export/sanitizeOutput';
import { parseImportFile, sanitizeCommentHtml } from '../../../electron/core/import';
import {
  COMMENT_ATTRIBUTES,
  COMMENT_TAGS,
  DROPPED_WITH_CONTENT,
  POST_BODY_ATTRIBUTES,
  POST_BODY_TAGS,
  READER_LINK_REL,
  type TagAttributes,
} from '../../../electron/core/shared/policy';
import { editorDoc } from '../content/editorDoc';

// Tags that ran script, loaded something, or drew outside the comment in one browser or another.
const DANGEROUS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'img',
  'image',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'map',
  'area',
  'svg',
  'math',
  'mglyph',
  'mtext',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'link',
  'meta',
  'base',
  'template',
  'slot',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'listing',
  'title',
  'head',
  'body',
  'html',
  'dialog',
  'details',
  'summary',
  'marquee',
  'blink',
  'bgsound',
  'keygen',
  'isindex',
  'portal',
];
// The rest of HTML, current and obsolete: harmless, but in no allow-list.
const OTHER_HTML = [
  'abbr',
  'acronym',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'big',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'dd',
  'del',
  'dfn',
  'dir',
  'div',
  'dl',
  'dt',
  'em',
  'fieldset',
  'figcaption',
  'figure',
  'font',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'i',
  'ins',
  'kbd',
  'label',
  'legend',
  'li',
  'main',
  'mark',
  'menu',
  'meter',
  'nav',
  'nobr',
  'ol',
  'p',
  'pre',
  'progress',
  'q',
  'rb',
  'rp',
  'rt',
  'rtc',
  'ruby',
  's',
  'samp',
  'search',
  'section',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
  'wbr',
  'a',
];
const KNOWN_TAGS = [...new Set([...DANGEROUS, ...OTHER_HTML])];
const HOSTILE_ATTRIBUTES =
  'onclick="alert(1)" onerror="alert(1)" style="color:red" class="x" id="x" data-x="1" src="x" formaction="x" title="t"';

interface Element {
  tag: string;
  attributes: Record<string, string>;
}

function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const parser = new Parser(
    { onopentag: (tag, attributes) => found.push({ tag, attributes }) },
    { lowerCaseTags: true, decodeEntities: true },
  );
  parser.end(html);
  return found;
}

const tagsOf = (html: string): Set<string> => new Set(elementsOf(html).map((element) => element.tag));

// Every element and attribute of `html` that `tags` and `attributes` do not allow.
const strangers = (html: string, tags: readonly string[], attributes: TagAttributes): string[] =>
  elementsOf(html).flatMap(({ tag, attributes: present }) => [
    ...(tags.includes(tag) ? [] : [`<${tag}>`]),
    ...Object.keys(present)
      .filter((name) => !(attributes[tag] ?? []).includes(name))
      .map((name) => `${name} on <${tag}>`),
  ]);

// One instance of `tag`, carrying an allowed link and hostile attributes, around text naming it.
const sample = (tag: string): string => {
  // A link to the web, a picture as an export writes it (beside the file, named by its hash); the hostile src comes after.
  const address = { a: ' href="https://reader.example/"', img: ` src="images/${'0a'.repeat(32)}.png"` }[tag] ?? '';
  return ['br', 'hr', 'wbr', 'img', 'input', 'embed'].includes(tag)
    ? `<${tag}${address} ${HOSTILE_ATTRIBUTES}>`
    : `<${tag}${address} ${HOSTILE_ATTRIBUTES}>inside-${tag}</${tag}>`;
};

describe('a comment through the real import', () => {
  const fixture = fileURLToPath(new URL('../../fixtures/import/html-policy.xml', import.meta.url));
  const imported = async () => {
    const result = await parseImportFile(
      { name: 'html-policy.xml', data: new Uint8Array(readFileSync(fixture)) },
      { format: 'auto', identities: { names: [], emails: [] } },
    );
    const comment = result.threads[0]?.comments[0];
    if (!comment) throw new Error('the fixture imported no comment');
    return comment;
  };

  it('keeps every tag the comment policy allows', async () => {
    const tags = tagsOf((await imported()).html);
    expect(COMMENT_TAGS.filter((tag) => !tags.has(tag))).toEqual([]);
    expect(COMMENT_TAGS).toEqual(expect.arrayContaining(['b', 'i', 'q', 'cite', 'del']));
  });

  it('keeps nothing else: no other tag, no attribute but a link’s href and rel, no content of code', async () => {
    const comment = await imported();
    expect(strangers(comment.html, COMMENT_TAGS, COMMENT_ATTRIBUTES)).toEqual([]);
    expect(
      elementsOf(comment.html)
        .filter((e) => e.tag === 'a')
        .map((e) => e.attributes),
    ).toEqual([{ href: 'https://reader.example/sida', rel: READER_LINK_REL }]);
    for (const kept of ['rubrik', 'block', 'understruken', 'cell', 'en farlig länk'])
      expect(comment.text).toContain(kept);
    for (const dropped of [
      '__pwned',
      'inuti ramen',
      'objektets text',
      'mallens text',
      'gömd text',
      'textfältet',
      'alternativet',
    ]) {
      expect(comment.html).not.toContain(dropped);
    }
  });
});

describe.each([
  ['the comment import sanitizer', sanitizeCommentHtml, COMMENT_TAGS, COMMENT_ATTRIBUTES],
  ['the export sanitizer', sanitizeOutput, POST_BODY_TAGS, POST_BODY_ATTRIBUTES],
] as const)('%s', (_name, sanitize, allowed, attributes) => {
  const disallowed = KNOWN_TAGS.filter((tag) => !allowed.includes(tag));

  it('keeps every tag the policy allows it, stripped of every attribute the policy does not', () => {
    for (const tag of allowed) {
      const html = sanitize(`<p>${sample(tag)}</p>`);
      expect(tagsOf(html), tag).toContain(tag);
      expect(strangers(html, allowed, attributes), tag).toEqual([]);
    }
  });

  it.each(disallowed)('removes <%s>', (tag) => {
    const html = sanitize(`<p>before ${sample(tag)} after</p>`);
    expect(tagsOf(html)).not.toContain(tag);
    expect(strangers(html, allowed, attributes)).toEqual([]);
    // What is code or another document goes with its tag; any other words stay.
    if (DROPPED_WITH_CONTENT.includes(tag)) expect(html).not.toContain(`inside-${tag}`);
  });

  it('removes them all at once, too', () => {
    const html = sanitize(disallowed.map(sample).join('\n'));
    expect(strangers(html, allowed, attributes)).toEqual([]);
  });
});

describe('the editor and the export', () => {
  it('write post bodies with the policy’s post-body tags and no other', () => {
    const html = docToHtml(editorDoc);
    expect(strangers(html, POST_BODY_TAGS, POST_BODY_ATTRIBUTES)).toEqual([]);
    expect(elementsOf(sanitizeOutput(html))).toEqual(elementsOf(html));
  });
});
