// Deeper than any real post (fifty nested lists); a bound keeps every recursive walk off the stack limit.
export const MAX_DOC_DEPTH = 100;

// True when a JSON value nests `content` arrays no deeper than `limit`; stops as soon as it is too deep.
export function isWithinDepth(value: unknown, limit: number = MAX_DOC_DEPTH): boolean {
  if (limit < 0) return false;
  if (typeof value !== 'object' || value === null) return true;
  const content = (value as { content?: unknown }).content;
  if (!Array.isArray(content)) return true;
  return content.every((child) => isWithinDepth(child, limit - 1));
}
