// Kanal's dates are ISO-8601 UTC strings of one format, so their order is their text's: comparing code units is exact,
// where localeCompare runs a collation on every comparison (sorting 1,000 posts took ~60 ms instead of ~3).
export const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
