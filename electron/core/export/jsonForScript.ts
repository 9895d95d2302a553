// JSON safe inside a <script> element: "<", ">" and "&" appear only within strings, where \u escapes mean the same,
// so "</script>" in a title cannot end the element; U+2028/2029 are escaped for older JavaScript parsers.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
