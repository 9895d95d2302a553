// Why a file was refused, one code each: the app translates them, the command line prints the English sentence.
export const IMPORT_ERROR_CODES = [
  'too-big',
  'empty',
  'binary',
  'encoding',
  'entities',
  'unknown-format',
  'malformed-xml',
  'too-deep',
  'not-wxr',
  'no-wxr-version',
  'not-disqus',
  'not-blogger',
  'no-comment-list',
  'no-comments-header',
  'comment-too-big',
  'post-too-big',
  'failed',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
// The numbers and names a refusal's sentence needs (a line and column, a limit, an encoding), by name.
export type ImportErrorParams = Readonly<Record<string, string | number>>;
