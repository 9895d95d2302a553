import { useEffect, useRef } from 'react';
import { isTypingTarget } from './isTypingTarget';
import { listActionFor, type ListAction } from './shortcuts';

export type ListHandlers = Partial<Record<ListAction, () => void>>;

// The one-letter shortcuts of a list of comments, while it is on screen. A key with Ctrl, Alt or Cmd, or typed into
// a field, is left alone; the newest handlers are used without listening again.
export const useListShortcuts = (handlers: ListHandlers): void => {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const action = listActionFor(event.key);
      const handler = action ? latest.current[action] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
