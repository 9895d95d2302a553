import { Fragment } from 'react';
import type { TextRange } from '../../../electron/core/api';
import { highlightSegments } from './highlightSegments';

// Plain text with its matches in <mark>; React renders every piece as a text node, so markup in it stays text.
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {highlightSegments(text, ranges).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
