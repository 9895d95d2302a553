import type { CleanComment } from './cleanComment';

// "@Name:" or "@Name," names the person exactly; "@Name text" may run on, so it is read as a prefix.
const EXPLICIT = /^@([^:,\n]{1,80})[:,]/;
const BOUNDARY = /[\s:,.;!?]/;

// The latest comment by each lower-cased name so far, so each mention is found without rereading the thread.
interface EarlierNames {
  latest: Map<string, CleanComment>;
  longest: number;
}

// In flat sources (pasted text), a comment that opens with "@Name" answers the latest earlier comment by Name.
export function threadMentions(comments: CleanComment[]): CleanComment[] {
  const earlier: EarlierNames = { latest: new Map(), longest: 0 };
  return comments.map((comment) => {
    const mentioned =
      comment.parentExternalId === null && comment.text.startsWith('@')
        ? findMentioned(comment.text, earlier)
        : undefined;
    const name = comment.author.name.toLowerCase();
    if (name !== '') {
      earlier.latest.set(name, comment);
      earlier.longest = Math.max(earlier.longest, name.length);
    }
    return mentioned ? { ...comment, parentExternalId: mentioned.externalId } : comment;
  });
}

function findMentioned(text: string, earlier: EarlierNames): CleanComment | undefined {
  const named = EXPLICIT.exec(text)?.[1]?.trim().toLowerCase();
  const exact = named ? earlier.latest.get(named) : undefined;
  if (exact) return exact;
  const rest = text.slice(1).toLowerCase();
  // The longest name wins ("@Anna Berg" over "@Anna"): try each prefix that ends at a word boundary, longest first.
  for (let end = Math.min(rest.length, earlier.longest); end > 0; end--) {
    if (end < rest.length && !BOUNDARY.test(rest.charAt(end))) continue;
    const found = earlier.latest.get(rest.slice(0, end));
    if (found) return found;
  }
  return undefined;
}
