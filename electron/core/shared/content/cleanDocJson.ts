import type { DocNode } from '../schema';
import { isAllowedUrl, LIST_TYPES } from '../policy';
import { isAllowedImageSource } from '../images/imageRefs';
import { isWebPictureLink, WEB_PICTURE_LINK_CLASS } from '../images/webPictureLinks';

type Mark = NonNullable<DocNode['marks']>[number];

const CODE_LANGUAGE = /^[A-Za-z0-9_+#.-]{1,32}$/;

// A link keeps only its address, its title and the class of a picture on the web; rel and target always come from
// the extension's defaults.
function cleanLink(mark: Mark): Mark | null {
  const href = mark.attrs?.['href'];
  if (typeof href !== 'string' || !isAllowedUrl(href)) return null;
  const title = mark.attrs?.['title'];
  const picture = isWebPictureLink(mark.type, mark.attrs);
  return {
    type: 'link',
    attrs: { href, title: typeof title === 'string' ? title : null, class: picture ? WEB_PICTURE_LINK_CLASS : null },
  };
}

function cleanMarks(marks: Mark[]): Mark[] {
  return marks.flatMap((mark) => {
    if (mark.type !== 'link') return [mark];
    const link = cleanLink(mark);
    return link ? [link] : [];
  });
}

// Heading levels map like imported HTML does: 1 becomes 2, 4 to 6 become 3; other values are left for the schema check.
function headingLevel(level: unknown): unknown {
  if (level === 1) return 2;
  if (level === 4 || level === 5 || level === 6) return 3;
  return level;
}

function cleanAttrs(node: DocNode): Record<string, unknown> | undefined {
  const attrs = node.attrs;
  if (!attrs) return undefined;
  switch (node.type) {
    case 'heading':
      return { ...attrs, level: headingLevel(attrs['level']) };
    case 'orderedList': {
      const start = attrs['start'];
      const type = attrs['type'];
      return {
        start: typeof start === 'number' && Number.isSafeInteger(start) ? start : 1,
        type: typeof type === 'string' && LIST_TYPES.includes(type) ? type : null,
      };
    }
    case 'image':
      return imageAttrs(attrs);
    case 'codeBlock': {
      const language = attrs['language'];
      return { language: typeof language === 'string' && CODE_LANGUAGE.test(language) ? language : null };
    }
    default:
      return attrs;
  }
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const sizeOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;

// A picture keeps its address (checked by keepsNode), its alt text and title, and a size only when it is one.
function imageAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  return {
    src: attrs['src'],
    alt: textOrNull(attrs['alt']),
    title: textOrNull(attrs['title']),
    width: sizeOrNull(attrs['width']),
    height: sizeOrNull(attrs['height']),
  };
}

// A picture whose address is neither a stored picture nor one on the web (data:, javascript:, file:) is dropped whole.
const keepsNode = (node: DocNode): boolean => node.type !== 'image' || isAllowedImageSource(node.attrs?.['src']);

// Disallowed links lose their mark but keep their text: the words are the author's, only the address is refused.
export function cleanDocJson(node: DocNode): DocNode {
  const cleaned: DocNode = { type: node.type };
  const attrs = cleanAttrs(node);
  if (attrs) cleaned.attrs = attrs;
  if (node.text !== undefined) cleaned.text = node.text;
  if (node.marks) cleaned.marks = cleanMarks(node.marks);
  if (node.content) cleaned.content = node.content.filter(keepsNode).map(cleanDocJson);
  return cleaned;
}
