import type { ThreadFormat } from '../shared/schema';
import { parseBlogger } from './blogger/parseBlogger';
import { decodeWholeText } from './bytes/decodeTextChunks';
import type { TextFile } from './bytes/openTextFile';
import { parseDisqus } from './disqus/parseDisqus';
import { parsePastedText } from './text/parsePastedText';
import type { ImportProgress, ParsedImport } from '../shared/importTypes';
import { parseWpHtml } from './wpHtml/parseWpHtml';
import { parseWxr } from './wxr/parseWxr';

// XML exports stream; saved pages and pasted text are small enough to read at once.
export async function parseByFormat(
  format: ThreadFormat,
  file: TextFile,
  onProgress?: ImportProgress,
): Promise<ParsedImport> {
  switch (format) {
    case 'wxr':
      return parseWxr(file, onProgress);
    case 'disqus':
      return parseDisqus(file, onProgress);
    case 'blogger':
      return parseBlogger(file, onProgress);
    case 'wp-html':
    case 'text': {
      const text = decodeWholeText(file);
      const parsed = format === 'text' ? parsePastedText(file.name, text) : parseWpHtml(file.name, text);
      onProgress?.(file.data.byteLength, file.data.byteLength);
      return parsed;
    }
  }
}
