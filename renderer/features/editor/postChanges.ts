import type { Doc, PostStatus } from '../../../electron/core/shared/schema';

// The parts of a post the editor saves.
export interface PostChanges {
  title?: string;
  doc?: Doc;
  status?: PostStatus;
  channels?: string[];
}

// The body is read from the editor only when it is needed, not on every keystroke.
export type LazyPostChanges = Omit<PostChanges, 'doc'> & { doc?: Doc | (() => Doc) };

export const materializeChanges = (changes: LazyPostChanges): PostChanges => {
  const { doc, ...rest } = changes;
  if (doc === undefined) return rest;
  return { ...rest, doc: typeof doc === 'function' ? doc() : doc };
};

export const hasChanges = (changes: LazyPostChanges | null): changes is LazyPostChanges =>
  changes !== null && Object.keys(changes).length > 0;
