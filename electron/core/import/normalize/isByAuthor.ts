import type { AuthorIdentities } from '../normalizedTypes';
import type { ImportedAuthor } from '../../shared/importTypes';
import type { CleanComment } from './cleanComment';

const same = (a: string | undefined, b: string | undefined): boolean => {
  const x = a?.trim().toLowerCase() ?? '';
  return x !== '' && x === (b?.trim().toLowerCase() ?? '');
};

// The author's own comment: the source says so, the account matches the post author's, or Settings name it.
export function isByAuthor(
  comment: CleanComment,
  postAuthor: ImportedAuthor | null,
  identities: AuthorIdentities,
): boolean {
  const source = comment.source.author;
  if (comment.source.byPostAuthor) return true;
  if (identities.names.some((name) => same(name, comment.author.name))) return true;
  if (identities.emails.some((email) => same(email, comment.author.email))) return true;
  if (!postAuthor) return false;
  // An account id of 0 is WordPress' "guest"; readers never set it.
  if (same(source.userId, postAuthor.userId) && source.userId !== '0') return true;
  if (same(source.username, postAuthor.username)) return true;
  return !source.anonymous && same(comment.author.email, postAuthor.email);
}
