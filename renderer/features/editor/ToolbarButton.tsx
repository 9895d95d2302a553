import type { ReactNode } from 'react';
import { shortcutLabel } from '../../lib/shortcutLabel';

interface ToolbarButtonProps {
  label: string;
  glyph: ReactNode;
  keys: string | null;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

// An icon-sized button whose name is its label and whose tooltip tells the shortcut.
export function ToolbarButton({ label, glyph, keys, pressed, disabled, onClick }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      title={keys ? `${label} (${shortcutLabel(keys)})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keeps the editor's selection while the pointer is down.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
