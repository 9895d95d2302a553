import { emptyDoc } from '../shared/content/emptyDoc';
import type { Deps } from '../deps';
import { KanalError, notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import { loadValidateDoc } from '../heavyModules';
import type { RevisionStore } from '../revisions/revisionStore';
import type { RevisionReason } from '../shared/revisions';
import type { Library } from '../store/library';
import { SCHEMA_VERSION, type Post, type PostBody, type PostInfo, type RootData } from '../shared/schema';
import type { PostSaveInput } from '../api';
import { docWords } from '../shared/content/docWords';
import { newestFirst } from '../shared/newestFirst';
import { postSummary } from '../shared/postSummary';
import { isPastTrash } from '../shared/trash';

const bodyOf = (post: PostInfo, doc: Post['doc']): PostBody => ({
  schemaVersion: SCHEMA_VERSION,
  postId: post.id,
  doc,
  updatedAt: post.updatedAt,
});

export function postsService(library: Library, deps: Deps, revisions: RevisionStore) {
  const find = (data: RootData, id: string, deleted = false): PostInfo => {
    const post = data.posts.find((p) => p.id === id && (p.deletedAt !== null) === deleted);
    if (!post) throw notFound(deleted ? 'deleted post' : 'post', id);
    return post;
  };

  // The post with its body, read from its file when first opened; a body edited by hand opens with what is valid in it.
  const withBody = async (post: PostInfo): Promise<Post> => ({ ...post, doc: (await library.readPostBody(post)).doc });

  async function save(input: PostSaveInput, keepFirst?: RevisionReason): Promise<Post> {
    // Validate before touching the store: a bad doc or an unknown channel changes nothing.
    const doc = input.doc === undefined ? undefined : (await loadValidateDoc())(input.doc);
    const unknown = input.channels?.find((id) => !library.data.channels.some((c) => c.id === id));
    if (unknown) throw new KanalError('invalid-input', `There is no channel with id ${unknown}.`);
    find(library.data, input.id);
    return library.commit(async (data) => {
      const post = find(data, input.id);
      // If the text as it stands cannot be kept, nothing replaces it.
      if (keepFirst)
        await revisions.keep(post.id, { doc: (await library.readPostBody(post)).doc, title: post.title }, keepFirst);
      const current = doc ?? (await library.readPostBody(post)).doc;
      const publishing = input.status === 'published' && post.status !== 'published';
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
      // The text as published is kept, and while the author writes, the text at a pause after a meaningful change. A
      // history that cannot be written does not keep the author's words from being saved.
      const kept = { doc: current, title: post.title };
      if (publishing) await revisions.keep(post.id, kept, 'publish').catch(() => null);
      else if (doc !== undefined && !keepFirst) await revisions.keepIfDue(post.id, kept).catch(() => null);
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
  }

  return {
    list(input) {
      const { posts, channels } = library.data;
      return posts
        .filter((p) => p.deletedAt === null && (!input.channelId || p.channels.includes(input.channelId)))
        .sort((a, b) => newestFirst(a.updatedAt, b.updatedAt))
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

    save: (input) => save(input),

    // Saved as an edit is, after the text as it stands is kept as a revision (a restore must not lose it).
    saveKeepingCurrent: (input: PostSaveInput, reason: RevisionReason) => save(input, reason),

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
      const removed = await library.commit((data) => {
        const gone = data.posts.filter(old).map((p) => p.id);
        data.posts = data.posts.filter((p) => !old(p));
        data.bodiesAhead = data.bodiesAhead.filter((id) => !gone.includes(id));
        return { result: gone, removedPosts: gone };
      });
      // Their history goes with them.
      for (const id of removed) await revisions.remove(id);
    },
  } satisfies ServiceOf<'posts'>;
}
