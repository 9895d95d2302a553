export interface CommentBlock {
  lines: string[];
}

const NUMBERED = /^\s*(\d{1,5})\.\s+(.*)$/;
// The theme's reply link, copied after every comment.
const REPLY = /^\s*(?:reply|svara|↩|reply ↓|svara ↓)\s*$/i;
// The comment form: nothing after it is a comment.
const FOOTER =
  /^\s*(?:leave a reply|leave a comment|post a comment|lämna ett svar|lämna en kommentar|skriv en kommentar)\b/i;

// Cuts the text after the comments header into one block per comment: a numbered line or the line after "Reply" starts one.
export function splitCommentBlocks(lines: string[]): CommentBlock[] {
  const blocks: CommentBlock[] = [];
  let current: CommentBlock | null = null;
  let lastNumber = 0;
  const finish = (): void => {
    if (current && current.lines.some((l) => l.trim() !== '')) blocks.push(current);
    current = null;
  };
  for (const line of lines) {
    if (FOOTER.test(line)) break;
    if (REPLY.test(line)) {
      finish();
      continue;
    }
    const numbered = NUMBERED.exec(line);
    // A numbered line inside a comment is its own list, unless it continues the comment numbering.
    if (numbered && (current === null || Number(numbered[1]) === lastNumber + 1)) {
      finish();
      lastNumber = Number(numbered[1]);
      current = { lines: [numbered[2] ?? ''] };
      continue;
    }
    if (current === null) {
      if (line.trim() === '') continue;
      current = { lines: [] };
    }
    current.lines.push(line);
  }
  finish();
  return blocks;
}
