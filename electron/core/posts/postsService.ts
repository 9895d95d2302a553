import { emptyDoc } from '../shared/content/emptyDoc';
import type { Deps } from '../deps';
import { KanalError, notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import { loadValidateDoc } from '../heavyModules';
import type { Library } from '../store/library';
import { SCHEMA_VERSION, type Post, type PostBody, type PostInfo, type RootData } from '../shared/schema';
import { docWords } from '../shared/content/docWords';
import { postSummary } from '../shared/postSummary';
import { isPastTrash } from '../shared/trash';

const bodyOf = (post: PostInfo, doc: Post['doc']): PostBody => ({
  schemaVersion: SCHEMA_VERSION,
  postId: post.id,
  doc,
  updatedAt: post.updatedAt,
});

export function postsService(library: Library, deps: Deps) {
  const find = (data: RootData, id: string, deleted = false): PostInfo => {
    const post = data.posts.find((p) => p.id === id && (p.deletedAt !== null) === deleted);
    if (!post) throw notFound(deleted ? 'deleted post' : 'post', id);
    return post;
  };

  // The post with its body, read from its file when first opened; a body edited by hand opens with what is valid in it.
  const withBody = async (post: PostInfo): Promise<Post> => ({ ...post, doc: (await library.readPostBody(post)).doc });

  return {
    list(input) {
      const { posts, channels } = library.data;
      return posts
        .filter((p) => p.deletedAt === null && (!input.channelId || p.channels.includes(input.channelId)))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((p) => postSummary(p, channels));
    },

    async get(input) {
      return withBody(find(library.data, input.id));
    },

    async create(input) {
      const now = deps.now().toISOString();
      const post: PostInfo = {
        id: deps.newId(),
        title: input.title ?? '',
        words: 0,
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
      const doc = emptyDoc();
      return library.commit((data) => {
        data.posts.push(post);
        return { result: { ...post, doc }, posts: [bodyOf(post, doc)] };
      });
    },

    async save(input) {
      // Validate before touching the store: a bad doc or an unknown channel changes nothing.
      const doc = input.doc === undefined ? undefined : (await loadValidateDoc())(input.doc);
      const unknown = input.channels?.find((id) => !library.data.channels.some((c) => c.id === id));
      if (unknown) throw new KanalError('invalid-input', `There is no channel with id ${unknown}.`);
      find(library.data, input.id);
      return library.commit(async (data) => {
        const post = find(data, input.id);
        const current = doc ?? (await library.readPostBody(post)).doc;
        if (input.title !== undefined) post.title = input.title;
        if (input.channels !== undefined) post.channels = [...new Set(input.channels)];
        if (input.lang !== undefined) post.lang = input.lang;
        if (input.status !== undefined && input.status !== post.status) {
          post.status = input.status;
          if (input.status === 'published' && !post.publishedAt) post.publishedAt = deps.now().toISOString();
        }
        post.updatedAt = deps.now().toISOString();
        // Counted once here, so no list ever recounts.
        if (doc !== undefined) post.words = docWords(doc);
        const onlyBody =
          input.title === undefined &&
          input.channels === undefined &&
          input.lang === undefined &&
          input.status === undefined;
        return {
          result: { ...post, doc: current },
          posts: doc === undefined ? [] : [bodyOf(post, doc)],
          // Typing changes only the body, its date and its count: the body file carries all three.
          rootLater: onlyBody && doc !== undefined,
        };
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
        return { result: await withBody(post) };
      });
    },

    async purgeOldDeleted(): Promise<void> {
      const now = deps.now();
      const old = (p: PostInfo) => isPastTrash(p.deletedAt, now);
      if (!library.data.posts.some(old)) return;
      await library.commit((data) => {
        const removed = data.posts.filter(old).map((p) => p.id);
        data.posts = data.posts.filter((p) => !old(p));
        data.bodiesAhead = data.bodiesAhead.filter((id) => !removed.includes(id));
        return { result: undefined, removedPosts: removed };
      });
    },
  } satisfies ServiceOf<'posts'>;
}
