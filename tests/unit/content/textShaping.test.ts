import { describe, expect, it } from 'vitest';
import { slugify } from '../../../electron/core/shared/content/slugify';
import { summarizeText } from '../../../electron/core/shared/content/summarizeText';

describe('slugify', () => {
  it.each([
    ['Kanaler för företag', 'kanaler-for-foretag'],
    ['Åsa äter ÖL på Ängö', 'asa-ater-ol-pa-ango'],
    ['B2B, B2C & C2C: vad är skillnaden?', 'b2b-b2c-c2c-vad-ar-skillnaden'],
    ['Smørrebrød und Straße, Æble', 'smorrebrod-und-strasse-aeble'],
    ['  --Hej--  ', 'hej'],
    ['</title><script>alert(1)</script>', 'title-script-alert-1-script'],
    ['???', ''],
    ['日本語', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary within 60 characters', () => {
    const slug = slugify('En mycket lång rubrik om kommunikationskanaler mellan företag och konsumenter i Sverige');
    expect(slug).toBe('en-mycket-lang-rubrik-om-kommunikationskanaler-mellan');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });
});

describe('summarizeText', () => {
  it('keeps short text whole on one line', () => {
    expect(summarizeText('Ett\n\nkort   stycke.')).toBe('Ett kort stycke.');
  });

  it('cuts at a word boundary and marks the cut', () => {
    const text = 'Ordet '.repeat(40);
    const summary = summarizeText(text, 160);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/ Ordet…$/);
    expect(summarizeText('Första, andra, tredje', 16)).toBe('Första, andra…');
  });

  it('summarizes a long text from its start, however much space comes first', () => {
    const long = `${'Ordet '.repeat(30)}${'slut '.repeat(5000)}`;
    expect(summarizeText(long, 40)).toBe('Ordet Ordet Ordet Ordet Ordet Ordet…');
    const spaced = `Början${' \n'.repeat(2000)}${'slut '.repeat(100)}`;
    const summary = summarizeText(spaced, 40);
    expect(summary).toBe('Början slut slut slut slut slut slut…');
  });
});
