import { Parser } from 'htmlparser2';

// Attributes each allowed element may carry in output; anything else is a finding.
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  p: [],
  br: [],
  h2: [],
  h3: [],
  strong: [],
  em: [],
  s: [],
  code: [],
  pre: [],
  ul: [],
  li: [],
  blockquote: [],
  hr: [],
  // A link's title is text the editor keeps with it; the output sanitizer drops it from exports.
  a: ['href', 'rel', 'title'],
  ol: ['start', 'type'],
};
// Written independently of the code under test, so both cannot share one mistake.
const SAFE_HREF = /^(?:https?:\/\/[^\s]|mailto:)/i;

// Parses HTML the way a lenient browser-like tokenizer does and lists everything that should not be there.
export function findUnsafeHtml(
  html: string,
  allowedTags: readonly string[] = Object.keys(ALLOWED_ATTRIBUTES),
): string[] {
  const findings: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!allowedTags.includes(name)) findings.push(`element <${name}>`);
        const allowed = ALLOWED_ATTRIBUTES[name] ?? [];
        for (const [attribute, value] of Object.entries(attribs)) {
          if (attribute.startsWith('on')) findings.push(`event handler ${attribute} on <${name}>`);
          else if (attribute === 'style') findings.push(`style on <${name}>`);
          else if (!allowed.includes(attribute)) findings.push(`attribute ${attribute} on <${name}>`);
          if (attribute === 'href' && !SAFE_HREF.test(value)) findings.push(`href ${JSON.stringify(value)}`);
        }
      },
      oncomment(comment) {
        findings.push(`comment ${JSON.stringify(comment.slice(0, 40))}`);
      },
      onprocessinginstruction(name) {
        findings.push(`processing instruction ${name}`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return findings;
}
