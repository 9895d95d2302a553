// WXR 1.0–1.2 over http or https; the excerpt namespace (…/export/1.2/excerpt/) is not this one.
const WP_EXPORT = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/;

export const isWpNamespace = (uri: string): boolean => WP_EXPORT.test(uri);
export const DC = 'http://purl.org/dc/elements/1.1/';
export const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
export const RSS = '';
