import { describe, expect, it } from 'vitest';
import { docText } from '../../../electron/core/shared/content/docText';
import { emptyDoc } from '../../../electron/core/shared/content/emptyDoc';
import { editorDoc } from './editorDoc';

describe('docText', () => {
  it('gives one paragraph per block, hard breaks as newlines, marks as plain text', () => {
    expect(docText(editorDoc)).toBe(
      [
        'Kanaler för företag',
        'Det här är långtifrån allt, läs mer om B2B eller skriv\nC2B gammalt',
        'Listor',
        'B2C',
        'C2C',
        'E2E',
        'Tre',
        'Ett citat.',
        'const a = 1;\nconst b = 2;',
      ].join('\n\n'),
    );
  });

  it('is empty for the empty doc', () => {
    expect(docText(emptyDoc())).toBe('');
  });

  it('hands out a fresh empty doc each time', () => {
    const first = emptyDoc();
    first.content?.push({ type: 'horizontalRule' });
    expect(emptyDoc().content).toHaveLength(1);
  });
});
