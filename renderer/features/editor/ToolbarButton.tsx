import type { ReactNode } from 'react';
import { shortcutLabel } from '../../lib/shortcutLabel';

interface ToolbarButtonProps {
  label: string;
  glyph: ReactNode;
  keys: string | null;
  pressed?: boolean | undefined;
  disabled?: boolean;
  // Only one button of the toolbar is in the Tab order; arrow keys reach the others.
  tabbable: boolean;
  onFocus: () => void;
  onClick: () => void;
}

// An icon-sized button whose name is its label and whose tooltip tells the shortcut.
export function ToolbarButton({
  label,
  glyph,
  keys,
  pressed,
  disabled,
  tabbable,
  onFocus,
  onClick,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={label}
      aria-keyshortcuts={keys ? shortcutLabel(keys, 'aria') : undefined}
      title={keys ? `${label} (${shortcutLabel(keys)})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      tabIndex={tabbable ? 0 : -1}
      onFocus={onFocus}
      // Keeps the editor's selection while the pointer is down.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
