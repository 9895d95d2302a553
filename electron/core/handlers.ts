import type { LibraryStatus } from './api';
import { backupsService } from './backups/backupsService';
import { bindHandlers } from './bindHandlers';
import { channelsService } from './channels/channelsService';
import type { Deps } from './deps';
import { KanalError } from './errors';
import { exportService } from './export/exportService';
import type { Handlers, TransportHandlers } from './handlerTypes';
import { pictureDownloads } from './images/downloadPictures';
import { imagesService } from './images/imagesService';
import { postsService } from './posts/postsService';
import { queueService } from './queue/queueService';
import { repliesService } from './replies/repliesService';
import { RevisionStore } from './revisions/revisionStore';
import { revisionsService } from './revisions/revisionsService';
import { searchService } from './search/searchService';
import { settingsService } from './settings/settingsService';
import { snippetsService } from './snippets/snippetsService';
import type { Library } from './store/library';
import { importService } from './threads/importService';
import { threadsService } from './threads/threadsService';

export type { Handlers, TransportHandlers } from './handlerTypes';

// The browser host and the CLI have no native dialog, no desktop window to close and no system browser to hand links to.
export const browserTransport: TransportHandlers = {
  'export.save': () => {
    throw new KanalError(
      'unsupported',
      'Saving through a dialog needs the desktop app; the browser downloads the file instead.',
    );
  },
  'app.readyToClose': () => ({ closing: false }),
  'app.openLink': () => {
    throw new KanalError('unsupported', 'In the browser, links open in a new tab of the browser itself.');
  },
  // The browser checks spelling by the body's lang attribute.
  'app.spellcheckLanguage': () => ({ languages: [] }),
};

export function createServices(library: Library, deps: Deps) {
  const revisionStore = new RevisionStore(library.dataFile, deps);
  const posts = postsService(library, deps, revisionStore);
  const images = imagesService(library.dataFile);
  return {
    posts,
    revisions: revisionsService(library, revisionStore, posts),
    channels: channelsService(library, deps),
    settings: settingsService(library),
    threads: threadsService(library, deps),
    imports: importService(library, deps),
    replies: repliesService(library, deps),
    queue: queueService(library),
    snippets: snippetsService(library, deps),
    search: searchService(library),
    images: { ...images, download: pictureDownloads(posts, images) },
    export: exportService(library),
    backups: backupsService(library),
  };
}
export type Services = ReturnType<typeof createServices>;

const libraryStatus = (library: Library): LibraryStatus => ({ dataFile: library.dataFile, notices: library.notices });

// Only what is more than one service call is written out here; the rest binds by namespace.
export function createHandlers(library: Library, services: Services, transport: TransportHandlers): Handlers {
  return bindHandlers(services, {
    ...transport,
    'library.status': () => libraryStatus(library),
    'library.dismissNotice': ({ id }) => {
      const index = library.notices.findIndex((n) => n.id === id);
      if (index >= 0) library.notices.splice(index, 1);
      return libraryStatus(library);
    },
    'library.resolveChange': async ({ keep }) => {
      await library.resolveChange(keep);
      return libraryStatus(library);
    },
    // Settings name the author, and who the author is decides which comments need a reply.
    'settings.save': async (input) => {
      const saved = await services.settings.save(input);
      if (input.authorNames || input.authorEmails) await services.threads.recount();
      return saved;
    },
  });
}
