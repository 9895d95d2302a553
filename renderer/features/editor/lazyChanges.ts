// A field of a change set may be given as a function, read only when the change is sent (an editor's body).
export type Lazy<C> = { [K in keyof C]: C[K] | (() => C[K]) };

export const materializeChanges = <C extends object>(changes: Lazy<C>): C =>
  Object.fromEntries(
    Object.entries(changes).map(([field, value]) => [
      field,
      typeof value === 'function' ? (value as () => unknown)() : value,
    ]),
  ) as C;

export const hasChanges = <C extends object>(changes: C | null): changes is C =>
  changes !== null && Object.keys(changes).length > 0;
