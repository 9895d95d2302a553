// WordPress writes "2010-01-01 12:00:00" without a zone: Kanal reads every zone-less date as UTC.
const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
// Disqus and Blogger write UTC to the second: the same fields, read the same way.
const UTC_TO_SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
// V8 turns almost any string into some date; only hand it the shapes exports actually use.
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC_822 =
  /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{1,4}|[+-]\d{4})?$/;
const MAX_TIME = 8.64e15;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0));

// The zone-less form is most of a WordPress export's dates (and UTC to the second most of the others'): checked and
// written without Date.parse.
function zonelessToIso(match: RegExpExecArray): string | null {
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '00'] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}

// An ISO-8601 UTC string, or null when the value is empty, WordPress' "0000-00-00 00:00:00", or not a date.
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || text.startsWith('0000-00-00')) return null;
  const zoneless = ZONELESS.exec(text);
  if (zoneless) return zonelessToIso(zoneless);
  // Out-of-range fields ("02-30", "24:00") are left to Date.parse, which rolls them over as it always has.
  const utc = UTC_TO_SECOND.exec(text);
  const fast = utc ? zonelessToIso(utc) : null;
  if (fast) return fast;
  let time = Number.NaN;
  if (ISO_LIKE.test(text)) time = Date.parse(text.replace(' ', 'T'));
  else if (RFC_822.test(text)) time = Date.parse(text);
  return Number.isFinite(time) && Math.abs(time) <= MAX_TIME ? new Date(time).toISOString() : null;
}
