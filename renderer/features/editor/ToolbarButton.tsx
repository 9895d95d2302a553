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

// A glyph made of letters or digits ("H2", "1.") is a visible label, so the name starts with it (WCAG 2.5.3).
const nameOf = (label: string, glyph: ReactNode): string => {
  if (typeof glyph !== 'string' || !/[\p{L}\p{N}]/u.test(glyph)) return label;
  const visible = glyph.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .includes(visible)
    ? label
    : `${glyph} ${label}`;
};

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
  const name = nameOf(label, glyph);
  return (
    <button
      type="button"
      className="toolbar-button"
      aria-label={name}
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
