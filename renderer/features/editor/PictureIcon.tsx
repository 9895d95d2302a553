import { ToolbarIcon } from './ToolbarIcon';

// A framed landscape.
export function PictureIcon() {
  return (
    <ToolbarIcon strokeWidth={1.6}>
      <rect x="2" y="3" width="12" height="10" rx="1.5" />
      <path d="M2.8 12l3.7-4 2.7 2.8 1.8-1.8 2.2 2.3" />
      <circle cx="10.5" cy="6" r="1" />
    </ToolbarIcon>
  );
}
