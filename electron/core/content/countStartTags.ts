// How many elements HTML opens: every "<" not followed by "/" (in sanitized HTML, text holds no bare "<").
export function countStartTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) if (html[at + 1] !== '/') count++;
  return count;
}
