// One Intl.DateTimeFormat per language and style: making one costs about a millisecond, far more than formatting,
// and a list of a thousand posts formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

export const dateFormatter = (language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, options);
    formatters.set(key, formatter);
  }
  return formatter;
};
