// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/i18n';

describe('numbers in the interface texts', () => {
  it('are grouped by the language, each count its own number', () => {
    expect(i18n.t('editor.words', { count: 1350, lng: 'en' })).toBe('1,350 words');
    expect(i18n.t('editor.words', { count: 1, lng: 'en' })).toBe('1 word');
    expect(i18n.t('editor.characters', { count: 8123, lng: 'en' })).toBe('8,123 characters');
    expect(i18n.t('editor.words', { count: 1350, lng: 'sv' })).toBe('1\u00a0350 ord');
  });

  it('keep the options a text gives its number', () => {
    expect(i18n.t('backups.megabytes', { size: 12.345, lng: 'en' })).toBe('12.3 MB');
    expect(i18n.t('backups.megabytes', { size: 2, lng: 'en' })).toBe('2 MB');
  });
});
