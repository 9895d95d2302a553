import { Parser } from 'htmlparser2';
import { promisedCommentTags } from '../../fixtures/hostile/promisedCommentTags';
export { hostileMarkup, type HostileSample } from '../../fixtures/hostile/hostileMarkup';

const ALLOWED = new Set(promisedCommentTags());
// Written apart from the sanitizer, so the two cannot share one mistake.
const SAFE_HREF = /^(?:https?:\/\/[^\s/]|mailto:[^\s])/i;
const RAW_DANGER =
  /<(?:script|style|iframe|svg|math|img|object|embed|form|input|link|meta|base|frame|video|audio|template)\b|<!--/i;

// Everything in sanitized output that the comment allow-list does not permit, parsed as a browser-like tokenizer sees it.
export function findForbidden(html: string, rel: string): string[] {
  const findings: string[] = [];
  const danger = RAW_DANGER.exec(html);
  if (danger) findings.push(`raw ${danger[0]}`);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!ALLOWED.has(name)) findings.push(`element <${name}>`);
        for (const [attribute, value] of Object.entries(attribs)) {
          if (attribute.startsWith('on')) findings.push(`handler ${attribute}`);
          else if (name !== 'a' || (attribute !== 'href' && attribute !== 'rel'))
            findings.push(`attribute ${attribute} on <${name}>`);
          if (attribute === 'href' && !SAFE_HREF.test(value)) findings.push(`href ${JSON.stringify(value)}`);
          if (attribute === 'rel' && value !== rel) findings.push(`rel ${JSON.stringify(value)}`);
        }
        if (name === 'a' && !attribs.href) findings.push('link without href');
      },
      oncomment: (text) => findings.push(`comment ${JSON.stringify(text.slice(0, 30))}`),
      onprocessinginstruction: (name) => findings.push(`processing instruction ${name}`),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return findings;
}
