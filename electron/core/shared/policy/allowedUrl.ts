// Post bodies and exports link only to the web and to e-mail; everything else (javascript:, data:, ftp:, relative) is refused.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// The raw string must itself start with the scheme: browsers strip leading spaces and controls we would not see.
const STARTS_WITH_ALLOWED_SCHEME = /^(?:https?:\/\/|mailto:)/i;
// Tabs and newlines are removed by browsers anywhere in a URL, so "java\tscript:" would become javascript:.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;
const MAX_URL_LENGTH = 2048;

export function isAllowedUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  if (CONTROL_CHARACTERS.test(url) || !STARTS_WITH_ALLOWED_SCHEME.test(url)) return false;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
