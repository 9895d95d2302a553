import type { ThreadFormat } from '../../shared/schema';
import type { ImportedComment, SkipCounts, SkipReason } from '../../shared/importTypes';
import { cleanComment, type CleanComment } from './cleanComment';
import { emptySkipCounts } from './skipCounts';

export interface KeptComments {
  kept: CleanComment[];
  skipped: SkipCounts;
}

type Keepable = ImportedComment & { kind: CleanComment['kind']; status: CleanComment['status'] };

const skipReason = (c: ImportedComment): SkipReason | null => {
  if (c.kind === 'note') return 'note';
  return c.status === 'spam' || c.status === 'trash' || c.status === 'deleted' ? c.status : null;
};

const isKeepable = (c: ImportedComment): c is Keepable => skipReason(c) === null;

// Drops spam, trash, deleted comments and WordPress notes (counted by reason; replies to them become orphans later),
// and cleans the rest.
export function dropUnwanted(comments: ImportedComment[], format: ThreadFormat): KeptComments {
  const kept: CleanComment[] = [];
  const skipped = emptySkipCounts();
  for (const comment of comments) {
    if (isKeepable(comment)) {
      kept.push(cleanComment(comment, comment.kind, comment.status, format));
      continue;
    }
    const reason = skipReason(comment);
    if (reason) skipped[reason] += 1;
  }
  return { kept, skipped };
}
