import { notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import type { postsService } from '../posts/postsService';
import type { Revision } from '../shared/revisions';
import type { Library } from '../store/library';
import type { RevisionStore } from './revisionStore';

const summaryOf = ({ id, createdAt, reason, words, wordsAdded, wordsRemoved }: Revision) => ({
  id,
  createdAt,
  reason,
  words,
  wordsAdded,
  wordsRemoved,
});

// A post's history: its revisions, newest first, one of them whole, and putting one back.
export function revisionsService(library: Library, store: RevisionStore, posts: ReturnType<typeof postsService>) {
  const postExists = (postId: string): void => {
    if (!library.data.posts.some((p) => p.id === postId && p.deletedAt === null)) throw notFound('post', postId);
  };
  const find = async (postId: string, id: string): Promise<Revision> => {
    postExists(postId);
    const revision = (await store.list(postId)).find((r) => r.id === id);
    if (!revision) throw notFound('revision', id);
    return revision;
  };

  return {
    async list({ postId }) {
      postExists(postId);
      return (await store.list(postId)).map(summaryOf).reverse();
    },

    async get({ postId, id }) {
      const revision = await find(postId, id);
      return { ...summaryOf(revision), doc: revision.doc, title: revision.title };
    },

    // The restored text is saved as an edit is, after the text it replaces is kept as a revision.
    async restore({ postId, id }) {
      const { doc, title } = await find(postId, id);
      return posts.saveKeepingCurrent({ id: postId, doc, title }, 'restore');
    },
  } satisfies ServiceOf<'revisions'>;
}
