import { textToParagraphs } from '../html/textToParagraphs';
import type { ImportedComment } from '../../shared/importTypes';
import type { CommentBlock } from './splitCommentBlocks';
import { parsePastedDate } from './pastedDate';

// "Anna says:" / "Anna säger:" — the line WordPress themes print above a comment.
const SAYS = /^(.{1,80}?)\s+(?:says|said|wrote|writes|säger|skriver|sa):\s*$/i;

// One pasted comment: an optional "Name says:" line, an optional date line, then its paragraphs.
export function readPastedComment(block: CommentBlock, position: number): ImportedComment {
  const lines = block.lines.map((l) => l.trim());
  while (lines[0] === '') lines.shift();
  const says = SAYS.exec(lines[0] ?? '');
  if (says) lines.shift();
  while (lines[0] === '') lines.shift();
  const date = parsePastedDate(lines[0] ?? '');
  if (date) lines.shift();
  return {
    externalId: String(position),
    parentExternalId: null,
    author: { name: says?.[1] ?? '' },
    date,
    status: 'approved',
    kind: 'comment',
    html: textToParagraphs(lines.join('\n')),
    numberedByParser: true,
  };
}
