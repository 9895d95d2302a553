import type { ReactNode } from 'react';

// The frame every drawn toolbar icon shares: 16 px, stroked in the text's colour, so no emoji or icon font is needed.
export function ToolbarIcon({ strokeWidth, children }: { strokeWidth: number; children: ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}
