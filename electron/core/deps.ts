import { randomUUID } from 'node:crypto';
import { testClock } from './testClock';

// Time and ids come in from outside so tests can fix them.
export interface Deps {
  now: () => Date;
  newId: () => string;
}

export const systemDeps = (): Deps => ({ now: testClock() ?? (() => new Date()), newId: () => randomUUID() });
