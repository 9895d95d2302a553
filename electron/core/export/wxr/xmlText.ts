// Characters XML 1.0 cannot carry at all; a text that has them would make the whole file unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

export const escapeXml = (text: string): string =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Text as CDATA, the way WordPress writes content; a "]]>" inside is split across two sections.
export const cdata = (text: string): string => `<![CDATA[${xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

// One element with text content; a value that cannot hold markup stays plain, anything else is CDATA.
export const element = (name: string, value: string | number): string => {
  const text = String(value);
  return /[<>&]/.test(text) ? `<${name}>${cdata(text)}</${name}>` : `<${name}>${escapeXml(text)}</${name}>`;
};
