import type { CleanComment } from './cleanComment';

// "@Name:" or "@Name," names the person exactly; "@Name text" may run on, so it is read as a prefix.
const EXPLICIT = /^@([^:,\n]{1,80})[:,]/;
const BOUNDARY = /^(?:$|[\s:,.;!?])/;

// In flat sources (pasted text), a comment that opens with "@Name" answers the latest earlier comment by Name.
export function threadMentions(comments: CleanComment[]): CleanComment[] {
  return comments.map((comment, index) => {
    if (comment.parentExternalId !== null || !comment.text.startsWith('@')) return comment;
    const earlier = comments.slice(0, index).reverse();
    const parent = findMentioned(comment.text, earlier);
    return parent ? { ...comment, parentExternalId: parent.externalId } : comment;
  });
}

function findMentioned(text: string, earlierLatestFirst: CleanComment[]): CleanComment | undefined {
  const named = EXPLICIT.exec(text)?.[1]?.trim().toLowerCase();
  if (named) {
    const exact = earlierLatestFirst.find((c) => c.author.name.toLowerCase() === named);
    if (exact) return exact;
  }
  const rest = text.slice(1).toLowerCase();
  const matches = earlierLatestFirst.filter((c) => {
    const name = c.author.name.toLowerCase();
    return name !== '' && rest.startsWith(name) && BOUNDARY.test(rest.slice(name.length));
  });
  // The longest name wins ("@Anna Berg" over "@Anna"), then the latest comment.
  return matches.sort((a, b) => b.author.name.length - a.author.name.length)[0];
}
