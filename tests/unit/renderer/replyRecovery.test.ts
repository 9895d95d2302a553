import { describe, expect, it } from 'vitest';
import { cursorIndex } from '../../../renderer/features/keyboard/cursor';
import { listActionFor, LIST_SHORTCUTS } from '../../../renderer/features/keyboard/shortcuts';
import { materializeChanges } from '../../../renderer/features/editor/lazyChanges';
import { recoveryToApply } from '../../../renderer/features/editor/recoveryToApply';
import { quoteNodes } from '../../../renderer/features/replies/quoteNodes';

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('a reply draft’s recovery copy', () => {
  const recovery = {
    editedAt: '2024-05-01T10:00:05Z',
    inFlight: null,
    changes: { doc: doc('Hej Anna'), parentReplyId: null },
  };

  it('is all there is when the core has no draft yet (the first save never arrived)', () => {
    expect(recoveryToApply(null, recovery)).toEqual(recovery.changes);
  });

  it('gives back only what differs from a draft saved before it', () => {
    expect(
      recoveryToApply({ doc: doc('Hej'), parentReplyId: null, updatedAt: '2024-05-01T10:00:00Z' }, recovery),
    ).toEqual({ doc: doc('Hej Anna') });
  });

  it('is nothing when the core’s draft is newer', () => {
    expect(
      recoveryToApply({ doc: doc('Hej'), parentReplyId: null, updatedAt: '2024-05-01T11:00:00Z' }, recovery),
    ).toBeNull();
  });

  it('reads a body given as a function only when sent', () => {
    let reads = 0;
    const lazy = { doc: () => (reads++, doc('x')), parentReplyId: null };
    expect(reads).toBe(0);
    expect(materializeChanges(lazy)).toEqual({ doc: doc('x'), parentReplyId: null });
    expect(reads).toBe(1);
  });
});

describe('the keys of the reply queue', () => {
  it('are one letter each, with no key for two actions', () => {
    expect(new Set(LIST_SHORTCUTS.map((shortcut) => shortcut.key)).size).toBe(LIST_SHORTCUTS.length);
    expect(['j', 'k', 'r', 'e', 'n', 'u', '?'].map(listActionFor)).toEqual([
      'next',
      'previous',
      'reply',
      'done',
      'noReply',
      'undo',
      'help',
    ]);
    expect(listActionFor('J')).toBeNull();
  });

  it('follow the current comment while it is listed, and its place once it has left', () => {
    const keys = ['a', 'b', 'c'];
    const indexOf = (key: string) => keys.indexOf(key);
    expect(cursorIndex({ key: 'c', index: 0 }, indexOf, 3)).toBe(2);
    expect(cursorIndex({ key: 'gone', index: 1 }, indexOf, 3)).toBe(1);
    expect(cursorIndex({ key: 'gone', index: 5 }, indexOf, 3)).toBe(2);
    expect(cursorIndex({ key: null, index: 0 }, indexOf, 0)).toBe(-1);
  });
});

describe('a quote of a reader’s words', () => {
  it('is a blockquote of their paragraphs followed by an empty paragraph to answer in', () => {
    expect(quoteNodes('Första stycket.\n\nAndra <b>stycket</b>.')).toEqual([
      {
        type: 'blockquote',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Första stycket.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Andra <b>stycket</b>.' }] },
        ],
      },
      { type: 'paragraph' },
    ]);
    expect(quoteNodes('   ')).toEqual([]);
  });
});
