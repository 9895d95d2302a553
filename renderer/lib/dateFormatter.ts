// The ways the app writes a date.
const STYLES = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

// One Intl.DateTimeFormat per language and style: making one costs far more than formatting with it, and a list of
// a thousand posts formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

export const dateFormatter = (language: string, style: DateStyle): Intl.DateTimeFormat => {
  const key = `${style} ${language}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, STYLES[style]);
    formatters.set(key, formatter);
  }
  return formatter;
};
