// Elements whose text is code, styling or form chrome rather than prose: sanitizers drop them with their text.
export const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'select', 'noscript', 'template', 'title', 'head',
  'iframe', 'noembed', 'noframes', 'xmp', 'object', 'embed', 'svg', 'math',
];
