import type { ServiceOf } from '../handlerTypes';
import { notFound } from '../errors';
import { loadPageWriter } from '../heavyModules';
import type { Library } from '../store/library';

export function exportService(library: Library) {
  return {
    async html({ postId }) {
      const post = library.data.posts.find((p) => p.id === postId && p.deletedAt === null);
      if (!post) throw notFound('post', postId);
      const [writePage, body] = [await loadPageWriter(), await library.readPostBody(post)];
      return writePage({ ...post, doc: body.doc }, library.data.channels);
    },
  } satisfies ServiceOf<'export'>;
}
