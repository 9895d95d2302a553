import type { TextRange } from '../../../electron/core/api';

export interface Segment {
  text: string;
  marked: boolean;
}

// Cuts `text` into plain and matching stretches. Ranges may come unsorted, overlapping or past the end (a library
// edited by hand): they are clamped and merged, and every character of `text` appears exactly once.
export function highlightSegments(text: string, ranges: readonly TextRange[]): Segment[] {
  const clamp = (at: number): number => Math.max(0, Math.min(text.length, Math.trunc(at)));
  const sorted = ranges
    .map(([start, end]): TextRange => [clamp(start), clamp(end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    const last = segments.at(-1);
    if (last?.marked && from === at) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
