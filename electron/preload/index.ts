import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope, KanalBridge, OperationInput, OperationName, OperationResult } from '../core/api';
import { CALL_CHANNEL, MENU_CHANNEL, MENU_COMMANDS } from '../main/ipcChannels';

const call =
  <N extends OperationName>(name: N) =>
  (input: OperationInput<N>) =>
    ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<Envelope<OperationResult<N>>>;

// Exactly the contract's operations; ipcRenderer itself never reaches the page.
const kanal = {
  library: { status: call('library.status'), dismissNotice: call('library.dismissNotice') },
  posts: {
    list: call('posts.list'),
    get: call('posts.get'),
    create: call('posts.create'),
    save: call('posts.save'),
    delete: call('posts.delete'),
    restore: call('posts.restore'),
  },
  channels: {
    list: call('channels.list'),
    create: call('channels.create'),
    update: call('channels.update'),
    delete: call('channels.delete'),
  },
  settings: { get: call('settings.get'), save: call('settings.save') },
  export: { html: call('export.html'), saveHtml: call('export.saveHtml') },
  imports: { start: call('imports.start'), status: call('imports.status') },
  threads: {
    list: call('threads.list'),
    get: call('threads.get'),
    markOwn: call('threads.markOwn'),
    markNoReply: call('threads.markNoReply'),
    link: call('threads.link'),
    delete: call('threads.delete'),
  },
  replies: {
    list: call('replies.list'),
    save: call('replies.save'),
    create: call('replies.create'),
    finish: call('replies.finish'),
    reopen: call('replies.reopen'),
    delete: call('replies.delete'),
    restore: call('replies.restore'),
  },
  queue: { list: call('queue.list') },
  snippets: {
    list: call('snippets.list'),
    create: call('snippets.create'),
    update: call('snippets.update'),
    delete: call('snippets.delete'),
  },
  search: { query: call('search.query') },
} satisfies KanalBridge;

contextBridge.exposeInMainWorld('kanal', kanal);

// Menu commands reach the page as DOM events carrying a plain string, so nothing else is exposed.
ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
  if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) {
    window.dispatchEvent(new CustomEvent('kanal:menu', { detail: command }));
  }
});
