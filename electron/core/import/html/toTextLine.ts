import { htmlToText } from './htmlToText';
import { stripControlCharacters } from './stripControlCharacters';

// One line of plain text from what sources hand over as names and titles: tags stripped, entities decoded,
// whitespace collapsed, and at most `maxLength` characters (whole code points).
export function toTextLine(value: string, maxLength: number): string {
  const text = stripControlCharacters(/[<&]/.test(value) ? htmlToText(value) : value);
  return Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, maxLength).join('');
}
