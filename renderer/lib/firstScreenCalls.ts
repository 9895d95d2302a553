import type { OperationResult } from '../../electron/core/api';
import { api } from './api';

// What the first screen shows beside the open post: the post list, the comment threads, the channels, the settings.
const FIRST_SCREEN = {
  'posts.list': () => api.posts.list({}),
  'threads.list': () => api.threads.list({}),
  'channels.list': () => api.channels.list({}),
  'settings.get': () => api.settings.get({}),
} as const;

export type FirstScreenCall = keyof typeof FIRST_SCREEN;

const asked = new Map<FirstScreenCall, Promise<unknown>>();

// Asks for all of it side by side, as the page starts, so the answers come while the app is still being evaluated.
export function askFirstScreen(): void {
  for (const [name, call] of Object.entries(FIRST_SCREEN) as [FirstScreenCall, () => Promise<unknown>][]) {
    const answer = call();
    // The component that takes the answer handles its failure; until then it is not unhandled.
    answer.catch(() => undefined);
    asked.set(name, answer);
  }
}

// The answer asked for at start, handed over once; every later load (and a page that asked nothing) calls afresh.
export function firstScreenAnswer<N extends FirstScreenCall>(name: N): Promise<OperationResult<N>> {
  const early = asked.get(name) as Promise<OperationResult<N>> | undefined;
  asked.delete(name);
  return early ?? (FIRST_SCREEN[name]() as Promise<OperationResult<N>>);
}
