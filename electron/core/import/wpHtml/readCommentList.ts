import type { Element } from 'domhandler';
import type { ImportedComment } from '../../shared/importTypes';
import { hasClass, isElement } from './domQueries';
import { readCommentItem, replyListOf } from './readCommentItem';

const COMMENT_ITEM = ['comment', 'pingback', 'trackback'];

// Every comment of an `ol.comment-list`, depth first, each reply pointing at the item it is nested in.
export function readCommentList(list: Element): ImportedComment[] {
  const comments: ImportedComment[] = [];
  const walk = (container: Element, parentId: string | null, depth: number): void => {
    for (const li of container.children) {
      if (!isElement(li) || li.name !== 'li' || !COMMENT_ITEM.some((c) => hasClass(li, c))) continue;
      const comment = readCommentItem(li, parentId, comments.length + 1);
      comments.push(comment);
      const replies = replyListOf(li);
      // htmlparser2 builds the tree without a depth limit; real pages stop at ten levels.
      if (replies && depth < 100) walk(replies, comment.externalId, depth + 1);
    }
  };
  walk(list, null, 0);
  return comments;
}
