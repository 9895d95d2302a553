export interface Prolog {
  // The DOCTYPE declaration with its internal subset, if the file has one.
  doctype: string | null;
  // The text from the root element's start tag on.
  rest: string;
}

// Steps over the XML declaration, comments and a DOCTYPE (with its internal subset), in one linear pass.
export function readProlog(text: string): Prolog {
  let at = 0;
  let doctype: string | null = null;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (text.startsWith('\uFEFF', at)) at++;
    else if (text.startsWith('<?', at)) at = after(text, '?>', at);
    else if (text.startsWith('<!--', at)) at = after(text, '-->', at);
    else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      const close = text.indexOf('>', at);
      const subset = text.indexOf('[', at);
      const end = subset >= 0 && (close < 0 || subset < close) ? after(text, ']', subset) : close + 1;
      const stop = end > 0 ? after(text, '>', end - 1) : text.length;
      doctype = text.slice(at, stop);
      at = stop;
    } else return { doctype, rest: text.slice(at) };
  }
}

// The index just past the next `token` from `from`, or the end of the text when there is none.
function after(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from);
  return found < 0 ? text.length : found + token.length;
}
