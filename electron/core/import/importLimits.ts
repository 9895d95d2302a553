// Real exports nest under ten levels; anything deeper is a parser attack, not a blog.
export const MAX_XML_DEPTH = 200;

// Saved pages nest deeper than exports (themes, then ten levels of replies), but not this deep.
export const MAX_HTML_DEPTH = 1000;

// WordPress keeps at most 65,525 characters of a comment: a few hundred elements. Past this, a comment is an attack.
export const MAX_COMMENT_ELEMENTS = 5000;

// Bytes fed to the XML parser between yields, so a large import never blocks the process for long.
export const CHUNK_BYTES = 256 * 1024;

// How much of the file decides whether it is text at all.
export const SNIFF_BYTES = 8 * 1024;

// How much of the file format detection reads.
export const HEAD_BYTES = 64 * 1024;

// The longest comment kept, in characters of its HTML: WordPress itself stores at most 65,525; a 100 MB one
// took 10 s to sanitize and would stop the app drawing it. Longer ones are cut, and the import says so.
export const MAX_COMMENT_HTML_CHARS = 100_000;
