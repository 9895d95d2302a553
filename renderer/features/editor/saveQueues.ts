import type { Post } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { SaveQueue } from './saveQueue';

// One queue per post, kept after its editor closes so retries and flushes still reach the core.
const queues = new Map<string, SaveQueue>();
const savedListeners = new Set<(post: Post) => void>();

const notifySaved = (post: Post): void => {
  for (const listener of savedListeners) listener(post);
};

export const saveQueueFor = (postId: string): SaveQueue => {
  let queue = queues.get(postId);
  if (!queue) {
    queue = new SaveQueue(postId, (id, changes) => api.posts.save({ id, ...changes }), notifySaved);
    queues.set(postId, queue);
  }
  return queue;
};

export const flushSaves = (postId: string): Promise<void> => queues.get(postId)?.flush() ?? Promise.resolve();

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
