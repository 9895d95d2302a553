import { randomUUID } from 'node:crypto';

// Time and ids come in from outside so tests can fix them.
export interface Deps {
  now: () => Date;
  newId: () => string;
}

export const systemDeps = (): Deps => ({ now: () => new Date(), newId: () => randomUUID() });
