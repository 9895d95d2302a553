import { useEffect, useRef } from 'react';
import { onMenuCommand, type MenuCommand } from '../lib/api';

type Handlers = Partial<Record<MenuCommand, () => void>>;

// The desktop menu's commands; the newest handlers are used without resubscribing.
export const useMenuCommands = (handlers: Handlers): void => {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => onMenuCommand((command) => latest.current[command]?.()), []);
};
