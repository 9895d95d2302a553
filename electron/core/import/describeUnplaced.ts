const LISTED = 10;

// "Skipped 2 comments whose Disqus thread is not in the file: a; b" — naming at most ten of them.
export function describeUnplaced(names: string[], container: string): string {
  const listed = names.slice(0, LISTED).join('; ');
  const more = names.length > LISTED ? `; and ${names.length - LISTED} more` : '';
  const noun = names.length === 1 ? 'comment' : 'comments';
  return `Skipped ${names.length} ${noun} whose ${container} is not in the file: ${listed}${more}`;
}
