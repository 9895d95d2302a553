import { describe, expect, it } from 'vitest';
import { docText } from '../../../electron/core/shared/content/docText';
import { salvageDoc } from '../../../electron/core/shared/content/salvageDoc';
import { textToDoc } from '../../../electron/core/shared/content/textToDoc';
import { validateDoc } from '../../../electron/core/shared/content/validateDoc';

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });

describe('salvageDoc: a stored document made safe, never refused', () => {
  it('returns a valid document as validation would', () => {
    const doc = { type: 'doc', content: [p(t('Hej '), t('du', [{ type: 'bold' }]))] };
    expect(salvageDoc(doc)).toEqual(validateDoc(doc));
  });

  it('drops a javascript: link but keeps its text', () => {
    const doc = { type: 'doc', content: [p(t('klick', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))] };
    expect(salvageDoc(doc)).toEqual({ type: 'doc', content: [p(t('klick'))] });
  });

  it('drops unknown nodes and marks, keeping the words inside them', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'section', content: [p(t('inuti', [{ type: 'blink' }, { type: 'italic' }]))] },
        p(t('a'), { type: 'widget' }, t('b')),
      ],
    };
    expect(salvageDoc(doc)).toEqual({ type: 'doc', content: [p(t('inuti', [{ type: 'italic' }])), p(t('ab'))] });
  });

  it('keeps the text when the structure cannot fit the editor at all', () => {
    const doc = { type: 'doc', content: [t('lös text'), { type: 'heading', attrs: { level: 9 }, content: [t('rubrik')] }] };
    expect(docText(salvageDoc(doc))).toBe('lös text\n\nrubrik');
  });

  it.each([['a string', '<p>hej</p>'], ['null', null], ['a number', 42], ['an array', [p(t('x'))]], ['a doc without content', { type: 'doc', content: 'x' }]])(
    'gives an empty document for %s',
    (_what, raw) => {
      expect(docText(salvageDoc(raw))).toBe('');
    },
  );
});

describe('textToDoc', () => {
  it('makes paragraphs of blank-line blocks and line breaks of single newlines, and keeps markup as text', () => {
    expect(textToDoc('Hej Anna,\r\ntack!\n\n\n<b>Karin</b>\n')).toEqual({
      type: 'doc',
      content: [p(t('Hej Anna,'), { type: 'hardBreak' }, t('tack!')), p(t('<b>Karin</b>'))],
    });
    expect(validateDoc(textToDoc('a\n\nb\nc'))).toEqual(textToDoc('a\n\nb\nc'));
    expect(docText(textToDoc(' \n \n'))).toBe('');
  });
});
