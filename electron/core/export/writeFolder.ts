import type { ExportedFile, ExportFormat } from '../api';
import { exportFolder } from './exportFolder';
import { postFacts } from './postFacts';
import { writePost, type PostExport } from './writePost';

// Several posts in one format, as the files of a folder (see exportFolder); the index speaks the first post's language.
export function writeFolder(format: ExportFormat, exports: PostExport[], fallbackLang: string): ExportedFile[] {
  const posts = exports.map((each) => ({ facts: postFacts(each.post, each.channels), file: writePost(format, each) }));
  return exportFolder(format, posts, posts[0]?.facts.lang ?? fallbackLang);
}
