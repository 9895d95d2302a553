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
  img: ['src', 'alt', 'title'],
};
// Written independently of the code under test, so both cannot share one mistake.
const SAFE_HREF = /^(?:https?:\/\/[^\s]|mailto:)/i;

// A picture Kanal wrote: one stored beside the export, named by its SHA-256, or one inside it whose bytes open with
// the signature of the raster format its data: URL names. Nothing else (the web, SVG, a page) may be an <img>'s source.
const EXPORTED_PICTURE_PATH = /^images\/[0-9a-f]{64}\.(?:png|jpg|gif|webp|avif)$/;
const RASTER_SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/gif': (bytes) => /^GIF8[79]a/.test(bytes.toString('latin1', 0, 6)),
  'image/webp': (bytes) => bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP',
  'image/avif': (bytes) => bytes.toString('latin1', 4, 8) === 'ftyp' && /avi[fs]/.test(bytes.toString('latin1', 8, 32)),
};
function isPictureKanalWrote(src: string | undefined): boolean {
  if (src === undefined) return false;
  if (EXPORTED_PICTURE_PATH.test(src)) return true;
  const data = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(src);
  const signature = data ? RASTER_SIGNATURES[data[1] ?? ''] : undefined;
  return signature !== undefined && signature(Buffer.from(data?.[2] ?? '', 'base64'));
}

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
        else if (name === 'img' && !isPictureKanalWrote(attribs['src']))
          findings.push(`picture ${JSON.stringify(attribs['src'] ?? '')}`);
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
