const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The channel codes a post mentions as whole tokens ("C2E/E2C" names both), in the order `codes` lists them.
export function suggestChannelCodes(text: string, codes: string[]): string[] {
  const found = codes.filter((code) => {
    const trimmed = code.trim();
    if (trimmed === '') return false;
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });
  return [...new Set(found)];
}
