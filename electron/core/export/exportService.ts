import type { ServiceOf } from '../handlerTypes';
import { notFound } from '../errors';
import type { Library } from '../store/library';

// The page writer pulls in the editor schema and the output sanitizer: loaded on the first export only.
export function exportService(library: Library) {
  return {
    async html({ postId }) {
      const post = library.data.posts.find((p) => p.id === postId && p.deletedAt === null);
      if (!post) throw notFound('post', postId);
      const { exportPostHtml } = await import('./htmlPage');
      return exportPostHtml(post, library.data.channels);
    },
  } satisfies ServiceOf<'export'>;
}
