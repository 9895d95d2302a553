import { useEffect, useRef } from 'react';

// Ctrl+K, or ⌘K on a Mac, as shortcutLabel writes it.
export const SEARCH_KEYS = 'Mod-K';

const isSearchShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

// Calls `onShortcut` for Ctrl+K anywhere in the page. A part of the page that has its own use for the key at that
// moment (the editor linking selected words) claims it first by preventing its default; a modal dialog keeps it.
export const useSearchShortcut = (onShortcut: () => void): void => {
  const latest = useRef(onShortcut);
  useEffect(() => {
    latest.current = onShortcut;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isSearchShortcut(event) || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
