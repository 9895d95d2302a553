const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

// "Mod-Shift-B" → "Ctrl+Shift+B" or "⌘⇧B", as the reader's keyboard says it.
export const shortcutLabel = (keys: string): string => {
  const parts = keys.split('-').map((part) => {
    if (part === 'Mod') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    if (part === 'Alt') return isMac ? '⌥' : 'Alt';
    return part.toUpperCase();
  });
  return parts.join(isMac ? '' : '+');
};
