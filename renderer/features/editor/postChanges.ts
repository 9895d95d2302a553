import type { Doc, PostStatus } from '../../../electron/core/shared/schema';
import type { Lazy } from './lazyChanges';

// The parts of a post the editor saves.
export interface PostChanges {
  title?: string;
  doc?: Doc;
  status?: PostStatus;
  channels?: string[];
  lang?: string;
}

// The body is read from the editor only when it is needed, not on every keystroke.
export type LazyPostChanges = Lazy<PostChanges>;
