import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../electron/core/shared/content/excerpt';
import { summarizeText } from '../../../electron/core/shared/content/summarizeText';

describe('excerpts', () => {
  it('cut after the last whole word that fits and end with an ellipsis', () => {
    expect(excerpt('Kommunikationskanaler mellan företag och konsumenter', 30)).toBe('Kommunikationskanaler mellan…');
    expect(excerpt('Första, andra, tredje', 16)).toBe('Första, andra…');
  });

  it('never split a word the counting rule holds together (t.ex., addresses)', () => {
    expect(excerpt('Läs mer på https://kanal.example/om-kanaler idag', 30)).toBe('Läs mer på…');
    expect(excerpt('Det gäller t.ex. B2B', 15)).toBe('Det gäller…');
  });

  it('cut Chinese and Japanese text between characters, which are words of their own', () => {
    expect(excerpt('日本語の文章はとても長いです', 6)).toBe('日本語の文…');
  });

  it('keep line breaks, and cut a single overlong word where it must', () => {
    expect(excerpt('Rad ett\n  rad   två', 100)).toBe('Rad ett\nrad två');
    expect(excerpt('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
  });

  it('leave text that fits whole', () => {
    expect(summarizeText('Ett\n\nkort   stycke.')).toBe('Ett kort stycke.');
    expect(excerpt('Kort.', 5)).toBe('Kort.');
  });
});
