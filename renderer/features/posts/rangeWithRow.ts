// The rows to draw: those in view plus `row` (the list's one tab stop), in order, so Tab always finds the list.
export function rangeWithRow(inView: number[], row: number, count: number): number[] {
  if (row < 0 || row >= count || inView.includes(row)) return inView;
  return [...inView, row].sort((a, b) => a - b);
}
