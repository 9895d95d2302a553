// C0 controls (but tab and line breaks) and DEL mean nothing in a comment and make invalid HTML and XML on export.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const stripControlCharacters = (text: string): string => text.replace(CONTROL, '');
