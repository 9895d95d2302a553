import { emptyDoc } from '../shared/content/emptyDoc';
import type { Deps } from '../deps';
import { KanalError, notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import { loadRepairDoc, loadValidateDoc } from '../heavyModules';
import type { Library } from '../store/library';
import type { Post, RootData } from '../shared/schema';
import { postSummary } from '../shared/postSummary';
import { isPastTrash } from '../shared/trash';

// What the editor opens is what it can show: a stored doc edited outside Kanal loses only its invalid parts.
// What was stored may have been edited by hand: the post opens with what is valid in it.
const readable = async (post: Post): Promise<Post> => ({ ...post, doc: (await loadRepairDoc())(post.doc) });

export function postsService(library: Library, deps: Deps) {
  const find = (data: RootData, id: string, deleted = false): Post => {
    const post = data.posts.find((p) => p.id === id && (p.deletedAt !== null) === deleted);
    if (!post) throw notFound(deleted ? 'deleted post' : 'post', id);
    return post;
  };

  return {
    list(input) {
      const { posts, channels } = library.data;
      return posts
        .filter((p) => p.deletedAt === null && (!input.channelId || p.channels.includes(input.channelId)))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((p) => postSummary(p, channels));
    },

    async get(input) {
      return readable(find(library.data, input.id));
    },

    async create(input) {
      const now = deps.now().toISOString();
      const post: Post = {
        id: deps.newId(),
        title: input.title ?? '',
        doc: emptyDoc(),
        channels: [],
        status: 'draft',
        lang: input.lang ?? library.data.settings.uiLanguage,
        url: null,
        slug: null,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
        deletedAt: null,
      };
      return library.commit((data) => {
        data.posts.push(post);
        return { result: post };
      });
    },

    async save(input) {
      // Validate before touching the store: a bad doc or an unknown channel changes nothing.
      const doc = input.doc === undefined ? undefined : (await loadValidateDoc())(input.doc);
      const unknown = input.channels?.find((id) => !library.data.channels.some((c) => c.id === id));
      if (unknown) throw new KanalError('invalid-input', `There is no channel with id ${unknown}.`);
      find(library.data, input.id);
      return library.commit((data) => {
        const post = find(data, input.id);
        if (input.title !== undefined) post.title = input.title;
        if (doc !== undefined) post.doc = doc;
        if (input.channels !== undefined) post.channels = [...new Set(input.channels)];
        if (input.lang !== undefined) post.lang = input.lang;
        if (input.status !== undefined && input.status !== post.status) {
          post.status = input.status;
          if (input.status === 'published' && !post.publishedAt) post.publishedAt = deps.now().toISOString();
        }
        post.updatedAt = deps.now().toISOString();
        return { result: post };
      });
    },

    async delete(input) {
      find(library.data, input.id);
      return library.commit((data) => {
        find(data, input.id).deletedAt = deps.now().toISOString();
        return { result: { id: input.id } };
      });
    },

    async restore(input) {
      find(library.data, input.id, true);
      return library.commit(async (data) => {
        const post = find(data, input.id, true);
        post.deletedAt = null;
        return { result: await readable(post) };
      });
    },

    async purgeOldDeleted(): Promise<void> {
      const now = deps.now();
      const old = (p: Post) => isPastTrash(p.deletedAt, now);
      if (!library.data.posts.some(old)) return;
      await library.commit((data) => {
        data.posts = data.posts.filter((p) => !old(p));
        return { result: undefined };
      });
    },
  } satisfies ServiceOf<'posts'>;
}
