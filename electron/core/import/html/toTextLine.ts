import { htmlToText } from './htmlToText';
import { stripControlCharacters } from './stripControlCharacters';

// One line of plain text from what sources hand over as names and titles: tags stripped, entities decoded,
// whitespace collapsed, and at most `maxLength` characters (whole code points).
export function toTextLine(value: string, maxLength: number): string {
  const text = stripControlCharacters(/[<&]/.test(value) ? htmlToText(value) : value);
  const line = text.replace(/\s+/g, ' ').trim();
  // No more code units than the limit is no more code points either: most names and titles are cut nowhere.
  return line.length <= maxLength ? line : Array.from(line).slice(0, maxLength).join('');
}
