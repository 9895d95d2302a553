// Several names or addresses typed at once, separated by commas, semicolons or line breaks (addresses also by spaces),
// without the ones already listed; case does not make a name or address another one.
export const splitIdentities = (text: string, type: 'text' | 'email', existing: string[]): string[] => {
  const separator = type === 'email' ? /[\s,;]+/ : /[,;\n]+/;
  const seen = new Set(existing.map((value) => value.toLowerCase()));
  const added: string[] = [];
  for (const part of text.split(separator)) {
    const value = part.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    added.push(value);
  }
  return added;
};
