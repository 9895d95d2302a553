import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../electron/core/shared/content/contentError';
import { isAllowedUrl } from '../../../electron/core/shared/policy';
import { validateDoc } from '../../../electron/core/shared/content/validateDoc';
import type { Doc } from '../../../electron/core/shared/schema';
import { editorDoc } from './editorDoc';

const linked = (href: unknown, text = 'klicka'): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }] }],
});

const refusedUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'ftp://example.com/file',
  'tel:+4612345',
  '/relative/path',
  'relative.html',
  '//example.com/protocol-relative',
  '#anchor',
  ' https://example.com',
  'https://example.com\u0000',
  'http:example.com',
  '',
];

describe('isAllowedUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/a?b=c#d',
    'HTTPS://EXAMPLE.COM',
    'mailto:hej@example.se',
    'https://exempel.se/åäö',
  ])('allows %s', (url) => expect(isAllowedUrl(url)).toBe(true));
  it.each(refusedUrls)('refuses %j', (url) => expect(isAllowedUrl(url)).toBe(false));
});

describe('validateDoc', () => {
  it('accepts a real editor doc and keeps all of it', () => {
    const result = validateDoc(editorDoc);
    expect(JSON.stringify(result)).toContain('https://example.se/b2b');
    expect(JSON.stringify(result)).toContain('mailto:hej@example.se');
    expect(result.content?.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'blockquote',
      'horizontalRule',
      'codeBlock',
      'paragraph',
    ]);
    // Validating what validation returned changes nothing.
    expect(validateDoc(result)).toEqual(result);
  });

  it('turns a doc without content into the empty doc', () => {
    expect(validateDoc({ type: 'doc' })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it.each([
    [
      'an unknown node type',
      { type: 'doc', content: [{ type: 'video', attrs: { src: 'https://x/y.mp4' } }] },
      /Unknown node type: video/,
    ],
    [
      'an unknown mark type',
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'underline' }] }] }],
      },
      /underline/,
    ],
    [
      'text directly in the doc',
      { type: 'doc', content: [{ type: 'text', text: 'loose' }] },
      /does not fit the editor/,
    ],
    [
      'a paragraph inside a paragraph',
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] },
      /does not fit the editor/,
    ],
    [
      'a list item outside a list',
      { type: 'doc', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      /does not fit the editor/,
    ],
    [
      'an empty text node',
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
      /does not fit the editor/,
    ],
    [
      'a mark inside a code block',
      {
        type: 'doc',
        content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }] }],
      },
      /does not fit the editor/,
    ],
    ['a root that is not a doc', { type: 'paragraph' }, /not an editor document/],
    ['a string', 'hello', /not an editor document/],
    ['null', null, /not an editor document/],
    ['content that is not an array', { type: 'doc', content: 'x' }, /not an editor document at content/],
    [
      'a heading of level 7',
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 7 }, content: [{ type: 'text', text: 'h' }] }] },
      /level 7/,
    ],
  ])('rejects %s', (_name, doc, message) => {
    expect(() => validateDoc(doc)).toThrow(ContentError);
    expect(() => validateDoc(doc)).toThrow(message);
  });

  it('rejects a doc nested deeper than any post', () => {
    let node: object = { type: 'paragraph' };
    for (let i = 0; i < 5000; i += 1) node = { type: 'blockquote', content: [node] };
    expect(() => validateDoc({ type: 'doc', content: [node] })).toThrow(/nested more than/);
  });

  it.each([...refusedUrls, 42, null])('strips a link to %j and keeps its text', (href) => {
    const result = validateDoc(linked(href));
    expect(result.content?.[0]?.content).toEqual([{ type: 'text', text: 'klicka' }]);
  });

  it('keeps allowed links but drops attributes the author did not set', () => {
    const doc = linked('https://example.com');
    const mark = doc.content?.[0]?.content?.[0]?.marks?.[0];
    if (mark?.attrs) Object.assign(mark.attrs, { target: '_self', rel: 'opener', class: 'evil', onclick: 'x()' });
    expect(validateDoc(doc).content?.[0]?.content?.[0]?.marks).toEqual([
      {
        type: 'link',
        attrs: {
          href: 'https://example.com',
          target: null,
          rel: 'noopener noreferrer nofollow',
          class: null,
          title: null,
        },
      },
    ]);
  });

  it('maps heading levels 1 and 4 to 6 like imported HTML, and resets odd list and code attributes', () => {
    const result = validateDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'a' }] },
        { type: 'heading', attrs: { level: 5 }, content: [{ type: 'text', text: 'b' }] },
        {
          type: 'orderedList',
          attrs: { start: '3"><script>', type: 'disc' },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        { type: 'codeBlock', attrs: { language: '"><img src=x>' }, content: [{ type: 'text', text: 'x' }] },
      ],
    });
    expect(result.content?.map((node) => node.attrs)).toEqual([
      { level: 2 },
      { level: 3 },
      { start: 1, type: null },
      { language: null },
    ]);
  });
});
