import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ImportError } from '../../../electron/core/api';
import { IMPORT_ERROR_CODES } from '../../../electron/core/shared/importErrorCodes';
import { refusalText } from '../../../renderer/features/import/refusalText';
import { en } from '../../../renderer/i18n/en';
import { sv } from '../../../renderer/i18n/sv';
import { bytesOf, readFixture, refusalOf } from '../import/importFixture';

const translator = async (lng: 'en' | 'sv') => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, sv: { translation: sv } },
    lng,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
};

// The refusal as the contract carries it to the app.
const carried = async (name: string, data: Uint8Array): Promise<ImportError> => {
  const refused = await refusalOf(name, data);
  return { file: name, message: refused.message, refused: true, code: refused.code, params: refused.params };
};

describe('refused files in the author’s language', () => {
  it('gives each refusal a code, with the numbers its sentence needs', async () => {
    expect((await carried('xxe.xml', readFixture('xxe.xml'))).code).toBe('entities');
    expect(await carried('tom.xml', bytesOf('   '))).toMatchObject({ code: 'empty' });
    expect(await carried('wxr-malformed.xml', readFixture('wxr-malformed.xml'))).toMatchObject({
      code: 'malformed-xml',
      params: { line: expect.any(Number), column: expect.any(Number) },
    });
  });

  it('says it in Swedish in the Swedish interface, and in English in the English one', async () => {
    const sv = await translator('sv');
    const en = await translator('en');
    const entities = await carried('xxe.xml', readFixture('xxe.xml'));
    expect(refusalText(sv, entities)).toBe(
      'Kanal kan inte importera ”xxe.xml”: den deklarerar XML-entiteter, som Kanal inte läser.',
    );
    expect(refusalText(en, entities)).toBe(entities.message);
    const malformed = await carried('wxr-malformed.xml', readFixture('wxr-malformed.xml'));
    expect(refusalText(sv, malformed)).toMatch(
      /^Kanal kan inte importera ”wxr-malformed\.xml”: den är inte välformad XML \(rad \d+, kolumn \d+\)\.$/,
    );
  });

  it('has a Swedish sentence of its own for every code', async () => {
    const sv = await translator('sv');
    const en = await translator('en');
    for (const code of IMPORT_ERROR_CODES) {
      const error: ImportError = { file: 'f.xml', message: '', refused: true, code, params: {} };
      expect(refusalText(sv, error), code).toMatch(/^Kanal kan inte importera ”f\.xml”: \S/);
      expect(refusalText(sv, error), code).not.toBe(refusalText(en, error));
    }
  });
});
