// A lookup table's own entry for a key from a file: "constructor" or "__proto__" must not find Object.prototype's.
export const ownEntry = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
