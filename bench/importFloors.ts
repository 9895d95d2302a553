import { readdirSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { openTextFile } from '../electron/core/import/bytes/openTextFile';
import { hasMarkup, markupToSanitize } from '../electron/core/import/html/commentBody';
import { COMMENT_SANITIZE_OPTIONS } from '../electron/core/import/html/sanitizeCommentHtml';
import { parseByFormat } from '../electron/core/import/parseByFormat';
import { postsFolderOf } from '../electron/core/store/postFiles';
import { threadsFolderOf } from '../electron/core/store/threadFiles';

// Floors: each the part of an import that no way of importing skips, timed alone in the same run, so that what a
// figure spends beyond the sum of its floors is what is left to gain.

type XmlFormat = 'wxr' | 'disqus';

// Reading the export into the parser's records (one small tree per item, through the same strict streaming parser),
// with nothing normalized or sanitized: all that importing it again with nothing new has to do.
export const readOnly = (data: Uint8Array, format: XmlFormat) =>
  parseByFormat(format, openTextFile('export.xml', data));

// The comments an import hands to sanitize-html, prepared as it prepares them.
export async function markupComments(data: Uint8Array, format: XmlFormat): Promise<string[]> {
  const parsed = await readOnly(data, format);
  return parsed.threads
    .flatMap((thread) => thread.comments.map((comment) => comment.html))
    .filter(hasMarkup)
    .map((html) => markupToSanitize(html, format));
}

// sanitize-html alone, with the comment policy, over those comments.
export function sanitizeOnly(comments: string[]): number {
  let length = 0;
  for (const html of comments) length += sanitizeHtml(html, COMMENT_SANITIZE_OPTIONS).length;
  return length;
}

// The sizes of a library's files: its root and every post and thread body beside it.
export function librarySizes(dataFile: string): number[] {
  const folders = [threadsFolderOf(dataFile), postsFolderOf(dataFile)];
  const bodies = folders.flatMap((folder) => readdirSync(folder).map((name) => statSync(join(folder, name)).size));
  return [statSync(dataFile).size, ...bodies];
}

// As many files as the store keeps open at once.
const OPEN_AT_ONCE = 128;

async function writeAndSync(path: string, bytes: Uint8Array): Promise<void> {
  let file: FileHandle | null = null;
  try {
    file = await open(path, 'wx');
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file?.close();
  }
}

// Files of those sizes made durable the least a crash-safe store can do: each written to a temp file and fsynced,
// side by side, then renamed into place, and the folder fsynced once.
export async function bareDurableWrites(folder: string, sizes: number[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const paths = sizes.map((_, i) => join(folder, `file-${i}`));
  for (let start = 0; start < sizes.length; start += OPEN_AT_ONCE) {
    const batch = sizes.slice(start, start + OPEN_AT_ONCE);
    await Promise.all(batch.map((size, i) => writeAndSync(`${paths[start + i]}.tmp`, new Uint8Array(size).fill(120))));
  }
  await Promise.all(paths.map((path) => rename(`${path}.tmp`, path)));
  const handle = await open(folder, 'r');
  await handle.sync();
  await handle.close();
}

export const removeFolder = (folder: string): Promise<void> => rm(folder, { recursive: true, force: true });
