const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const MAX_URL_LENGTH = 2000;

function absoluteUrl(value: string | undefined, protocols: Set<string>): string | null {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > MAX_URL_LENGTH) return null;
  try {
    // No base URL: a relative or scheme-less link has nowhere safe to point.
    const url = new URL(text);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

// An absolute http, https or mailto URL, normalized; null for anything else (javascript:, data:, relative…).
export const safeLinkUrl = (value: string | undefined): string | null => absoluteUrl(value, LINK_PROTOCOLS);

// An absolute http or https URL, for author web sites and post links.
export const safeWebUrl = (value: string | undefined): string | null => absoluteUrl(value, WEB_PROTOCOLS);
