const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

// "Mod-Shift-B" → "Ctrl+Shift+B" or "⌘⇧B", as the reader's keyboard says it; for `aria`, "Control+Shift+B" or "Meta+Shift+B".
export const shortcutLabel = (keys: string, form: 'screen' | 'aria' = 'screen'): string => {
  const aria = form === 'aria';
  const parts = keys.split('-').map((part) => {
    if (part === 'Mod') return aria ? (isMac ? 'Meta' : 'Control') : isMac ? '⌘' : 'Ctrl';
    if (part === 'Shift') return isMac && !aria ? '⇧' : 'Shift';
    if (part === 'Alt') return isMac && !aria ? '⌥' : 'Alt';
    if (part === 'Escape') return aria ? part : 'Esc';
    // A letter as printed on the key; a named key (Enter) as it is.
    return part.length === 1 ? part.toUpperCase() : part;
  });
  return parts.join(isMac && !aria ? '' : '+');
};
