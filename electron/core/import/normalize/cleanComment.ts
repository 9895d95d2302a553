import type { ThreadFormat } from '../../shared/schema';
import { cleanAuthor, type CleanAuthor } from '../html/cleanAuthor';
import { commentBody } from '../html/commentBody';
import type { ImportedComment } from '../../shared/importTypes';

// A kept comment on its way through normalization: sanitized, with threading still to settle.
export interface CleanComment {
  source: ImportedComment;
  externalId: string;
  parentExternalId: string | null;
  orphan: boolean;
  kind: 'comment' | 'pingback' | 'trackback';
  status: 'approved' | 'pending';
  author: CleanAuthor;
  date: string | null;
  html: string;
  text: string;
}

export function cleanComment(
  source: ImportedComment,
  kind: CleanComment['kind'],
  status: CleanComment['status'],
  format: ThreadFormat,
): CleanComment {
  const body = commentBody(source.html, format);
  return {
    source,
    externalId: source.externalId,
    parentExternalId: source.parentExternalId,
    orphan: false,
    kind,
    status,
    author: cleanAuthor(source.author),
    date: source.date,
    html: body.html,
    text: body.text,
  };
}
