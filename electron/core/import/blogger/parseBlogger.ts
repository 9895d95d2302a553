import type { TextFile } from '../bytes/openTextFile';
import { ImportFileError } from '../ImportFileError';
import type { ImportedThread, ImportProgress, ParsedImport } from '../../shared/importTypes';
import { streamXml } from '../xml/streamXml';
import { attachBloggerComments } from './attachBloggerComments';
import { ATOM } from './bloggerNamespaces';
import { bloggerEntryKind } from './bloggerEntryKind';
import { readBloggerComment, type BloggerComment } from './readBloggerComment';
import { readBloggerPost } from './readBloggerPost';

// A Blogger Atom export, classic or Google Takeout: entries are posts, pages or comments, matched by namespace URI.
export async function parseBlogger(file: TextFile, onProgress?: ImportProgress): Promise<ParsedImport> {
  const posts = new Map<string, ImportedThread>();
  const comments: BloggerComment[] = [];
  await streamXml(
    file,
    {
      onRoot(root) {
        if (root.local !== 'feed' || root.uri !== ATOM) {
          throw new ImportFileError(
            file.name,
            'not-blogger',
            `it is not a Blogger export (its root element is <${root.local}>)`,
            { root: root.local },
          );
        }
      },
      capture: (tag, depth) => depth === 2 && tag.uri === ATOM && tag.local === 'entry',
      onCaptured(entry) {
        const kind = bloggerEntryKind(entry);
        if (kind === 'post') {
          const post = readBloggerPost(entry);
          posts.set(post.sourceKey, post);
        } else if (kind === 'comment') comments.push(readBloggerComment(entry));
      },
    },
    onProgress,
  );
  const attached = attachBloggerComments(posts, comments);
  return {
    format: 'blogger',
    threads: [...posts.values()].filter((p) => p.comments.length > 0),
    warnings: attached.warnings,
    skipped: { missingThread: attached.unplaced },
  };
}
