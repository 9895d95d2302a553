// What exported HTML may contain. Plain data, so the renderer's DOMPurify can import the very same lists.
export const OUTPUT_TAGS = ['p', 'br', 'h2', 'h3', 'strong', 'em', 's', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote', 'hr'];
export const OUTPUT_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'rel'], ol: ['start', 'type'] };
export const OUTPUT_URL_SCHEMES = ['http', 'https', 'mailto'];
export const OUTPUT_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'];
export const OUTPUT_LINK_REL = 'noopener noreferrer nofollow';
