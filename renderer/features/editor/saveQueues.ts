import type { Post } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import type { PostChanges } from './postChanges';
import { SaveQueue } from './saveQueue';

// Every editor's queue, posts and reply drafts alike, kept after its editor closes so retries and flushes still
// reach the core, and so one flush covers them all before the window closes. Keys: a post's id, or a prefixed key.
const queues = new Map<string, SaveQueue<object, unknown>>();
const savedListeners = new Set<(post: Post) => void>();

// Tells every view that listens that a post was saved, also by a call of its own (a version restored).
export const announceSaved = (post: Post): void => {
  for (const listener of savedListeners) listener(post);
};

// The queue under `key`, made by `create` the first time; a key always holds the same kind of queue.
export const registeredQueue = <C extends object, R>(key: string, create: () => SaveQueue<C, R>): SaveQueue<C, R> => {
  let queue = queues.get(key) as SaveQueue<C, R> | undefined;
  if (!queue) {
    queue = create();
    queues.set(key, queue as unknown as SaveQueue<object, unknown>);
  }
  return queue;
};

export const saveQueueFor = (postId: string): SaveQueue<PostChanges, Post> =>
  registeredQueue(
    postId,
    () =>
      new SaveQueue<PostChanges, Post>(postId, (changes) => api.posts.save({ id: postId, ...changes }), announceSaved),
  );

export const flushSaves = (key: string): Promise<void> => queues.get(key)?.flush() ?? Promise.resolve();

export const flushAllSaves = async (): Promise<void> => {
  await Promise.all([...queues.values()].map((queue) => queue.flush()));
};

export const flushAllSavesForExit = (): void => {
  for (const queue of queues.values()) queue.flushForExit();
};

export const onPostSaved = (listener: (post: Post) => void): (() => void) => {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
};
