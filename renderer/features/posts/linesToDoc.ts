import type { Doc } from '../../../electron/core/shared/schema';

// Plain lines typed before the editor existed, one paragraph each.
export const linesToDoc = (text: string): Doc => ({
  type: 'doc',
  content: text
    .split('\n')
    .map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })),
});
