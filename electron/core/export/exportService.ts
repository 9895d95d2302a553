import type { ExportChoices, ExportFormat, ExportInput, ExportSeveralInput } from '../api';
import { KanalError, notFound } from '../errors';
import type { ServiceOf } from '../handlerTypes';
import { loadExportWriters } from '../heavyModules';
import type { Library } from '../store/library';
import type { Post, PostInfo } from '../shared/schema';
import { loadPostThreads } from './loadPostThreads';
import { readImages } from '../images/readImages';
import { imageNamesOf } from '../shared/images/docImages';
import type { PostExport } from './writePost';

export function exportService(library: Library) {
  const livePost = (postId: string): PostInfo => {
    const post = library.data.posts.find((p) => p.id === postId && p.deletedAt === null);
    if (!post) throw notFound('post', postId);
    return post;
  };
  // A post's text lives in a file of its own, read when it is exported.
  const withBody = async (post: PostInfo): Promise<Post> => ({ ...post, doc: (await library.readPostBody(post)).doc });
  const postExport = async (info: PostInfo, choices: ExportChoices): Promise<PostExport> => {
    const post = await withBody(info);
    return {
      post,
      channels: library.data.channels,
      threads: choices.withThread || choices.repliesOnly ? await loadPostThreads(library, post) : [],
      settings: library.data.settings,
      choices,
      images: await readImages(library.dataFile, imageNamesOf(post.doc)),
    };
  };
  const one =
    (format: ExportFormat) =>
    async ({ postId, ...choices }: ExportInput) => {
      const post = livePost(postId);
      const { writePost } = await loadExportWriters();
      return writePost(format, await postExport(post, choices));
    };
  // The posts named, else every post with the status and the channel given.
  const chosen = (input: ExportSeveralInput): PostInfo[] => {
    if (input.postIds) return input.postIds.map(livePost);
    const code = input.channel?.toLowerCase();
    const channel = code === undefined ? null : library.data.channels.find((c) => c.code.toLowerCase() === code);
    if (channel === undefined) throw notFound('channel', input.channel ?? '');
    return library.data.posts.filter(
      (post) =>
        post.deletedAt === null &&
        (input.status === undefined || post.status === input.status) &&
        (channel === null || post.channels.includes(channel.id) || post.channels.includes(channel.code)),
    );
  };

  return {
    html: one('html'),
    fragment: one('fragment'),
    md: one('md'),
    wxr: one('wxr'),
    async several(input) {
      const { format, postIds: _ids, status: _status, channel: _channel, ...choices } = input;
      const posts = chosen(input);
      if (posts.length === 0) throw new KanalError('not-found', 'No posts match; nothing was exported.');
      const { writeFolder } = await loadExportWriters();
      const exports = await Promise.all(posts.map((post) => postExport(post, choices)));
      return writeFolder(format, exports, library.data.settings.uiLanguage);
    },
  } satisfies ServiceOf<'export'>;
}
