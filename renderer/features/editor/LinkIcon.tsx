import { ToolbarIcon } from './ToolbarIcon';

// Two chain links.
export function LinkIcon() {
  return (
    <ToolbarIcon strokeWidth={1.8}>
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5" />
      <path d="M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5" />
    </ToolbarIcon>
  );
}
