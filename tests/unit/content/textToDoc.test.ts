import { describe, expect, it } from 'vitest';
import { docText } from '../../../electron/core/shared/content/docText';
import { textToDoc } from '../../../electron/core/shared/content/textToDoc';
import { validateDoc } from '../../../electron/core/shared/content/validateDoc';

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string) => ({ type: 'text', text });

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
