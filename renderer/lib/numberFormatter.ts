// One Intl.NumberFormat per language and options: making one costs far more than formatting with it, and a screen
// shows many counts.
const formatters = new Map<string, Intl.NumberFormat>();

export const numberFormatter = (language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
  const key = `${language} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, options);
    formatters.set(key, formatter);
  }
  return formatter;
};
