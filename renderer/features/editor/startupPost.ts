import type { Post } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { readLastLibrary, readRememberedPost, type RememberedPost } from './rememberedPost';

export interface StartupLibrary {
  dataFile: string;
  // The post that was open in this library and still exists, with its caret; null when there is none to open.
  remembered: RememberedPost | null;
}

interface Startup {
  library: Promise<StartupLibrary>;
  // The remembered post's copy, until the first post opened takes it.
  copy: { postId: string; post: Promise<Post | null> } | null;
  // A post has been opened: a copy arriving later would be older than what the author may have saved since.
  closed: boolean;
}

let startup: Startup | null = null;

const fetchPost = (postId: string): Promise<Post | null> => api.posts.get({ id: postId }).catch(() => null);

// Asks, side by side and before the app draws anything, which library the host has and for the post last open in
// the library this window had before (nearly always the same one), so the editor need not wait for the post list.
function begin(): Startup {
  const guessedLibrary = readLastLibrary();
  const guess = guessedLibrary === null ? null : readRememberedPost(guessedLibrary);
  const guessedPost = guess ? fetchPost(guess.postId) : null;
  const begun: Startup = { library: Promise.resolve({ dataFile: '', remembered: null }), copy: null, closed: false };
  begun.library = api.library.status({}).then(async ({ dataFile }) => {
    const sameLibrary = dataFile === guessedLibrary && guess !== null && guessedPost !== null;
    const remembered = sameLibrary ? guess : readRememberedPost(dataFile);
    if (!remembered) return { dataFile, remembered: null };
    const post = sameLibrary ? guessedPost : fetchPost(remembered.postId);
    if (!begun.closed) begun.copy = { postId: remembered.postId, post };
    return { dataFile, remembered: (await post) ? remembered : null };
  });
  return begun;
}

export const startupLibrary = (): Promise<StartupLibrary> => (startup ??= begin()).library;

// The copy fetched at start when `postId` is the first post opened; null otherwise, and for every later opening.
export function takeStartupCopy(postId: string): Promise<Post | null> | null {
  const copy = startup?.copy ?? null;
  if (startup) Object.assign(startup, { copy: null, closed: true });
  return copy?.postId === postId ? copy.post : null;
}
