import { describe, expect, it } from 'vitest';
import { LISTBOX_KEYS, rovingTarget, TOOLBAR_KEYS } from '../../../renderer/lib/rovingFocus';

describe('one tab stop, arrow keys inside', () => {
  it('a toolbar goes round from the last button to the first and back', () => {
    expect(rovingTarget(TOOLBAR_KEYS, 'ArrowRight', 4, 5)).toBe(0);
    expect(rovingTarget(TOOLBAR_KEYS, 'ArrowLeft', 0, 5)).toBe(4);
    expect(rovingTarget(TOOLBAR_KEYS, 'ArrowDown', 2, 5)).toBeNull();
  });

  it('a list stops at its first and last post, Home and End go there', () => {
    expect(rovingTarget(LISTBOX_KEYS, 'ArrowDown', 4, 5)).toBe(4);
    expect(rovingTarget(LISTBOX_KEYS, 'ArrowUp', 0, 5)).toBe(0);
    expect(rovingTarget(LISTBOX_KEYS, 'ArrowDown', 1, 5)).toBe(2);
    expect(rovingTarget(LISTBOX_KEYS, 'Home', 3, 5)).toBe(0);
    expect(rovingTarget(LISTBOX_KEYS, 'End', 0, 5)).toBe(4);
    expect(rovingTarget(LISTBOX_KEYS, 'ArrowRight', 1, 5)).toBeNull();
  });

  it('an empty list moves nowhere', () => {
    expect(rovingTarget(LISTBOX_KEYS, 'End', 0, 0)).toBeNull();
  });
});
