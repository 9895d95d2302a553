import type { Editor } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { rovingTarget, TOOLBAR_KEYS } from '../../lib/rovingFocus';
import { focusEditor } from './focusEditor';

// A formatting toolbar's keys: arrows, Home and End move between its usable buttons, Escape goes back to the text.
// `keepEscape` stops that Escape there, where a second one in the text would leave an editor inside a bigger view.
export const toolbarKeyDown =
  (editor: Editor, { keepEscape = false } = {}) =>
  (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (keepEscape) event.stopPropagation();
      focusEditor(editor);
      return;
    }
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const target = rovingTarget(
      TOOLBAR_KEYS,
      event.key,
      buttons.indexOf(event.target as HTMLButtonElement),
      buttons.length,
    );
    if (target === null) return;
    event.preventDefault();
    buttons[target]?.focus();
  };
