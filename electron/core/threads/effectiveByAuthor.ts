import type { Comment, Settings } from '../shared/schema';

// The author's own correction wins; otherwise the source's word, or a match with the author's identities.
export function effectiveByAuthor(comment: Comment, settings: Pick<Settings, 'authorNames' | 'authorEmails'>): boolean {
  if (comment.byAuthorOverride !== null) return comment.byAuthorOverride;
  if (comment.byAuthorSource) return true;
  const name = comment.author.name.trim().toLowerCase();
  const email = comment.author.email?.trim().toLowerCase();
  return (
    (name !== '' && settings.authorNames.some((n) => n.trim().toLowerCase() === name)) ||
    (!!email && settings.authorEmails.some((e) => e.trim().toLowerCase() === email))
  );
}
