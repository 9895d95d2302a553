import type { OperationName, OperationParsedInput, OperationResult } from './api';
import { channelsService } from './channels/channelsService';
import type { Deps } from './deps';
import { KanalError, notFound } from './errors';
import { exportPostHtml } from './export/htmlPage';
import { postsService } from './posts/postsService';
import { queueService } from './queue/queueService';
import { repliesService } from './replies/repliesService';
import { searchService } from './search/searchService';
import { settingsService } from './settings/settingsService';
import { snippetsService } from './snippets/snippetsService';
import type { Library } from './store/library';
import { importService } from './threads/importService';
import { threadsService } from './threads/threadsService';

export type Handlers = {
  [N in OperationName]: (input: OperationParsedInput<N>) => OperationResult<N> | Promise<OperationResult<N>>;
};

// Transports supply what only they can do (a native save dialog); the rest is the same everywhere.
export type TransportHandlers = Pick<Handlers, 'export.saveHtml'>;

export const browserTransport: TransportHandlers = {
  'export.saveHtml': () => {
    throw new KanalError('unsupported', 'Saving through a dialog needs the desktop app; the browser downloads the file instead.');
  },
};

export function createServices(library: Library, deps: Deps) {
  return {
    posts: postsService(library, deps),
    channels: channelsService(library, deps),
    settings: settingsService(library),
    threads: threadsService(library, deps),
    imports: importService(library, deps),
    replies: repliesService(library, deps),
    queue: queueService(library),
    snippets: snippetsService(library, deps),
    search: searchService(library),
  };
}
export type Services = ReturnType<typeof createServices>;

export function exportHtml(library: Library, postId: string) {
  const post = library.data.posts.find((p) => p.id === postId && p.deletedAt === null);
  if (!post) throw notFound('post', postId);
  return exportPostHtml(post, library.data.channels);
}

export function createHandlers(library: Library, services: Services, transport: TransportHandlers): Handlers {
  const { posts, channels, settings, threads, imports, replies, queue, snippets, search } = services;
  return {
    'library.status': () => ({ dataFile: library.dataFile, notices: library.notices }),
    'library.dismissNotice': ({ id }) => {
      const index = library.notices.findIndex((n) => n.id === id);
      if (index >= 0) library.notices.splice(index, 1);
      return { dataFile: library.dataFile, notices: library.notices };
    },
    'posts.list': (input) => posts.list(input),
    'posts.get': (input) => posts.get(input),
    'posts.create': (input) => posts.create(input),
    'posts.save': (input) => posts.save(input),
    'posts.delete': (input) => posts.delete(input),
    'posts.restore': (input) => posts.restore(input),
    'channels.list': () => channels.list(),
    'channels.create': (input) => channels.create(input),
    'channels.update': (input) => channels.update(input),
    'channels.delete': (input) => channels.delete(input),
    'settings.get': () => settings.get(),
    'settings.save': async (input) => {
      const saved = await settings.save(input);
      if (input.authorNames || input.authorEmails) await threads.recount();
      return saved;
    },
    'export.html': ({ postId }) => exportHtml(library, postId),
    'export.saveHtml': transport['export.saveHtml'],
    'imports.start': (input) => imports.start(input),
    'imports.status': (input) => imports.status(input),
    'threads.list': () => threads.list(),
    'threads.get': (input) => threads.get(input),
    'threads.markOwn': (input) => threads.markOwn(input),
    'threads.link': (input) => threads.link(input),
    'threads.delete': (input) => threads.delete(input),
    'threads.markNoReply': (input) => threads.markNoReply(input),
    'replies.list': (input) => replies.list(input),
    'replies.save': (input) => replies.save(input),
    'replies.create': (input) => replies.create(input),
    'replies.finish': (input) => replies.finish(input),
    'replies.reopen': (input) => replies.reopen(input),
    'replies.delete': (input) => replies.delete(input),
    'replies.restore': (input) => replies.restore(input),
    'queue.list': (input) => queue.list(input),
    'snippets.list': () => snippets.list(),
    'snippets.create': (input) => snippets.create(input),
    'snippets.update': (input) => snippets.update(input),
    'snippets.delete': (input) => snippets.delete(input),
    'search.query': (input) => search.query(input),
  };
}
