import type { Doc } from '../schema';

// A fresh object each time: callers may mutate what they get.
export function emptyDoc(): Doc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
