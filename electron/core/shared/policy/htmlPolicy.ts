// THE HTML policy: every sanitizer (sanitize-html in Node, DOMPurify in the app, the editor's schema) is configured from these lists.

export type TagAttributes = Readonly<Record<string, readonly string[]>>;
export type TagRenames = Readonly<Record<string, string>>;

// What imported comment HTML is cut down to, kept in the library and shown in the app.
export const COMMENT_TAGS: readonly string[] = [
  'p',
  'br',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'code',
  'pre',
  'blockquote',
  'q',
  'cite',
  'del',
  's',
  'ul',
  'ol',
  'li',
];
export const COMMENT_ATTRIBUTES: TagAttributes = { a: ['href', 'rel'] };

// What a post body is: the editor's nodes and marks as HTML, and all that an exported page's body may hold.
export const POST_BODY_TAGS: readonly string[] = [
  'p',
  'br',
  'h2',
  'h3',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'img',
];
export const POST_BODY_ATTRIBUTES: TagAttributes = {
  a: ['href', 'rel'],
  ol: ['start', 'type'],
  img: ['src', 'alt', 'title'],
};

// Tags that mean the same as one a post body has: kept under that name instead of dropped.
export const POST_BODY_RENAMES: TagRenames = {
  h1: 'h2',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  b: 'strong',
  i: 'em',
  del: 's',
  strike: 's',
};

// Containers with no node of their own still separate blocks: kept as a bare <div>, they stop paragraphs running together.
const IMPORTED_CONTAINERS = [
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'details',
  'summary',
  'center',
];

// Block-level tags a comment has no tag for: each becomes a paragraph, so its text never runs into the next block's.
export const COMMENT_BLOCK_RENAMES: TagRenames = Object.fromEntries(
  [...IMPORTED_CONTAINERS, 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, 'p']),
);

// Imported and pasted post HTML, before it becomes a post body: the body's tags, blocks as <div>, links with a title
// (and the class that marks a picture on the web, which only the importer's own rule for pictures sets).
export const IMPORTED_BODY_TAGS: readonly string[] = [...POST_BODY_TAGS, 'div'];
export const IMPORTED_BODY_ATTRIBUTES: TagAttributes = { a: ['href', 'title', 'class'], ol: ['start'] };
export const IMPORTED_BODY_RENAMES: TagRenames = {
  ...POST_BODY_RENAMES,
  tt: 'code',
  kbd: 'code',
  samp: 'code',
  ...Object.fromEntries(IMPORTED_CONTAINERS.map((tag) => [tag, 'div'])),
};

// Their content is code, styling, form chrome or another document, never prose: dropped together with the tag.
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'title',
  'head',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
];

// An ordered list's numbering: a start of at most nine digits, and the list types HTML knows.
export const LIST_START = /^\d{1,9}$/;
export const LIST_TYPES: readonly string[] = ['1', 'a', 'A', 'i', 'I'];

// Links a reader wrote (comments, a commenter's web site): theirs, not the author's, and never given the app's window.
export const READER_LINK_REL = 'nofollow ugc noopener noreferrer';
// Links the author writes into a post, and a post's own address.
export const POST_LINK_REL = 'noopener noreferrer nofollow';
