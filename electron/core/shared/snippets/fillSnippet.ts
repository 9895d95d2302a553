// The placeholders a saved reply may hold, filled when it is inserted: the commenter's name and the post's title.
export const SNIPPET_PLACEHOLDERS = ['name', 'post'] as const;
export type SnippetPlaceholder = (typeof SNIPPET_PLACEHOLDERS)[number];
export type SnippetValues = Partial<Record<SnippetPlaceholder, string>>;

const PLACEHOLDER = /\{([a-z]+)\}/g;
const isPlaceholder = (name: string): name is SnippetPlaceholder =>
  (SNIPPET_PLACEHOLDERS as readonly string[]).includes(name);

// "Thanks, {name}!" → "Thanks, Anna!". A placeholder Kanal does not know, or one without a value (an anonymous
// commenter), stays as written, so the author sees what is left to fill in.
export function fillSnippet(text: string, values: SnippetValues): string {
  return text.replace(PLACEHOLDER, (written, name: string) => {
    const value = isPlaceholder(name) ? values[name]?.trim() : undefined;
    return value ? value : written;
  });
}
