// Where an arrow, Home or End key moves within a toolbar's usable buttons; null for other keys.
export const toolbarKeyTarget = (key: string, index: number, count: number): number | null => {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
};
