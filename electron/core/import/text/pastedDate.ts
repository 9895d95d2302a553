import { ownEntry } from '../ownEntry';

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  januari: 1,
  february: 2,
  feb: 2,
  februari: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  may: 5,
  maj: 5,
  june: 6,
  jun: 6,
  juni: 6,
  july: 7,
  jul: 7,
  juli: 7,
  august: 8,
  aug: 8,
  augusti: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  okt: 10,
  oktober: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// One run of spaces before the optional word: two optional runs side by side backtrack quadratically.
const TIME = String.raw`(?:\s*(?:(?:at|kl\.?|klockan|@|,)\s*)?(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?)?`;
const MONTH_DAY_YEAR = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'iu');
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})${TIME}$`, 'iu');
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`, 'iu');

function utc(year: number, month: number | undefined, day: number, hour = 0, minute = 0, half = ''): string | null {
  if (!month || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const pm = /^p/i.test(half);
  const hours = half ? (hour % 12) + (pm ? 12 : 0) : hour;
  return new Date(Date.UTC(year, month - 1, day, hours, minute)).toISOString();
}

const num = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

// A comment's date line as themes print it ("May 3, 2010 at 10:15 am", "3 maj 2010 kl. 10:15"); the page gives no zone, so UTC.
export function parsePastedDate(line: string): string | null {
  const text = line.trim();
  let m = YEAR_MONTH_DAY.exec(text);
  if (m) return utc(Number(m[1]), num(m[2]), Number(m[3]), num(m[4]), num(m[5]), m[6]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m)
    return utc(Number(m[3]), ownEntry(MONTHS, (m[1] ?? '').toLowerCase()), Number(m[2]), num(m[4]), num(m[5]), m[6]);
  m = DAY_MONTH_YEAR.exec(text);
  if (m)
    return utc(Number(m[3]), ownEntry(MONTHS, (m[2] ?? '').toLowerCase()), Number(m[1]), num(m[4]), num(m[5]), m[6]);
  return null;
}
