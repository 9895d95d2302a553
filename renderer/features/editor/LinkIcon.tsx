// Two chain links, drawn so the toolbar needs no emoji or icon font.
export function LinkIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    >
      <path d="M6.5 9.5l3-3" />
      <path d="M7 4.5l1.2-1.2a2.8 2.8 0 0 1 4 4L11 8.5" />
      <path d="M9 11.5l-1.2 1.2a2.8 2.8 0 0 1-4-4L5 7.5" />
    </svg>
  );
}
