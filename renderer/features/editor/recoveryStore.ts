import type { PostChanges } from './postChanges';

// A copy of unsaved edits in localStorage, so a crash or a closed window never loses words.
export interface Recovery {
  // When the newest edit in it was made.
  editedAt: string;
  // What was on its way to the core when the copy was written; the rest is newer than that.
  inFlight: PostChanges | null;
  changes: PostChanges;
}

const keyFor = (postId: string): string => `kanal.recovery.${postId}`;

const isRecovery = (value: unknown): value is Recovery =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Recovery).editedAt === 'string' &&
  typeof (value as Recovery).changes === 'object' &&
  (value as Recovery).changes !== null;

export const readRecovery = (postId: string): Recovery | null => {
  try {
    const text = localStorage.getItem(keyFor(postId));
    const value: unknown = text ? JSON.parse(text) : null;
    return isRecovery(value) ? value : null;
  } catch {
    return null;
  }
};

export const writeRecovery = (postId: string, recovery: Recovery): void => {
  try {
    localStorage.setItem(keyFor(postId), JSON.stringify(recovery));
  } catch (error) {
    // A full storage must not stop saving to the core, which is the real copy.
    console.warn('Kanal could not keep a recovery copy', error);
  }
};

export const clearRecovery = (postId: string): void => {
  try {
    localStorage.removeItem(keyFor(postId));
  } catch {
    // Nothing to clear.
  }
};
