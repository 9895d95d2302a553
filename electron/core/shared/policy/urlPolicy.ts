// THE URL policy: which addresses a link, a commenter's web site or a post's address may have.

export type UrlScheme = 'http' | 'https' | 'mailto';

// Links in posts and comments go to the web or to e-mail.
export const LINK_SCHEMES: readonly UrlScheme[] = ['http', 'https', 'mailto'];
// A commenter's web site and a post's address are web pages.
export const WEB_SCHEMES: readonly UrlScheme[] = ['http', 'https'];
export const MAX_URL_LENGTH = 2048;

// The raw text must itself begin with the scheme, web ones with "//": no relative, scheme-relative or "http:host" forms.
const PREFIXES: Readonly<Record<UrlScheme, string>> = { http: 'http://', https: 'https://', mailto: 'mailto:' };
// Browsers drop tabs and line breaks anywhere in a URL and controls at its ends ("java\tscript:" runs as javascript:),
// so a URL that holds any control character, or begins or ends with white space, is refused rather than repaired.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;
const SURROUNDING_SPACE = /^\s|\s$/;

// The one URL check: an absolute URL in one of `schemes`, normalized (as the browser will read it), or null.
export function allowedUrl(value: unknown, schemes: readonly UrlScheme[] = LINK_SCHEMES): string | null {
  if (typeof value !== 'string' || value === '' || value.length > MAX_URL_LENGTH) return null;
  if (CONTROL_CHARACTERS.test(value) || SURROUNDING_SPACE.test(value)) return null;
  const lower = value.slice(0, 'https://'.length).toLowerCase();
  if (!schemes.some((scheme) => lower.startsWith(PREFIXES[scheme]))) return null;
  try {
    const url = new URL(value);
    return schemes.some((scheme) => url.protocol === `${scheme}:`) ? url.href : null;
  } catch {
    return null;
  }
}

export const isAllowedUrl = (value: unknown, schemes: readonly UrlScheme[] = LINK_SCHEMES): boolean =>
  allowedUrl(value, schemes) !== null;

// Addresses read from HTML attributes and imported fields: HTML itself ignores the white space around them, so we do too.
export const allowedUrlField = (
  value: string | null | undefined,
  schemes: readonly UrlScheme[] = LINK_SCHEMES,
): string | null => allowedUrl(value?.trim(), schemes);
