import type { PostChanges } from './postChanges';

// A copy of unsaved edits in localStorage, so a crash or a closed window never loses words.
export interface Recovery<C = PostChanges> {
  // When the newest edit in it was made.
  editedAt: string;
  // What was on its way to the core when the copy was written; the rest is newer than that.
  inFlight: C | null;
  changes: C;
}

const PREFIX = 'kanal.recovery.';
// A post's copy is under its id; other editors' keys (replies) have a prefix of their own.
const keyFor = (key: string): string => `${PREFIX}${key}`;

const isRecovery = (value: unknown): value is Recovery<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Recovery).editedAt === 'string' &&
  typeof (value as Recovery).changes === 'object' &&
  (value as Recovery).changes !== null;

export const readRecovery = <C = PostChanges>(key: string): Recovery<C> | null => {
  try {
    const text = localStorage.getItem(keyFor(key));
    const value: unknown = text ? JSON.parse(text) : null;
    return isRecovery(value) ? (value as Recovery<C>) : null;
  } catch {
    return null;
  }
};

export const writeRecovery = <C>(key: string, recovery: Recovery<C>): void => {
  try {
    localStorage.setItem(keyFor(key), JSON.stringify(recovery));
  } catch (error) {
    // A full storage must not stop saving to the core, which is the real copy.
    console.warn('Kanal could not keep a recovery copy', error);
  }
};

export const clearRecovery = (key: string): void => {
  try {
    localStorage.removeItem(keyFor(key));
  } catch {
    // Nothing to clear.
  }
};

// The keys of every recovery copy whose key starts with `prefix`, e.g. the reply drafts left by a closed window.
export const recoveryKeys = (prefix: string): string[] => {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const stored = localStorage.key(i);
      if (stored?.startsWith(keyFor(prefix))) keys.push(stored.slice(PREFIX.length));
    }
    return keys;
  } catch {
    return [];
  }
};
