import type { TextFile } from '../bytes/openTextFile';
import { ImportFileError } from '../ImportFileError';
import type { ImportProgress, ParsedImport } from '../../shared/importTypes';
import { streamXml } from '../xml/streamXml';
import { describeUnplaced } from '../describeUnplaced';
import { DISQUS } from './disqusNamespaces';
import { readDisqusPost, type DisqusPost } from './readDisqusPost';
import { readDisqusThread, type DisqusThread } from './readDisqusThread';

// A Disqus export: threads first, then posts that name their thread; threads with posts become Kanal threads.
export async function parseDisqus(file: TextFile, onProgress?: ImportProgress): Promise<ParsedImport> {
  const threads: DisqusThread[] = [];
  const posts: DisqusPost[] = [];
  await streamXml(
    file,
    {
      onRoot(root) {
        if (root.local !== 'disqus') {
          throw new ImportFileError(
            file.name,
            'not-disqus',
            `it is not a Disqus export (its root element is <${root.local}>)`,
            { root: root.local },
          );
        }
      },
      capture: (tag, depth) => depth === 2 && tag.uri === DISQUS && (tag.local === 'thread' || tag.local === 'post'),
      onCaptured(node) {
        if (node.local === 'thread') threads.push(readDisqusThread(node));
        else posts.push(readDisqusPost(node));
      },
    },
    onProgress,
  );

  const byId = new Map(threads.map((t) => [t.dsqId, t.thread]));
  // A post whose thread is not in the file belongs to no page Kanal knows: it is skipped and named.
  const unplaced: string[] = [];
  for (const { threadId, comment } of posts) {
    const thread = byId.get(threadId);
    if (thread) thread.comments.push(comment);
    else unplaced.push(`post ${comment.externalId} by “${comment.author.name}” (thread ${threadId || 'none'})`);
  }
  return {
    format: 'disqus',
    threads: threads.map((t) => t.thread).filter((t) => t.comments.length > 0),
    warnings: unplaced.length ? [describeUnplaced(unplaced, 'Disqus thread')] : [],
    skipped: { missingThread: unplaced.length },
  };
}
