import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../electron/core/api';
import { Highlighted } from './Highlighted';

interface SearchOptionProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  onOpen: (hit: SearchHit) => void;
}

// One result: who wrote it (for a comment or a reply), the post or thread it belongs to, and the words around the match.
export function SearchOption({ hit, id, active, onOpen }: SearchOptionProps) {
  const { t } = useTranslation();
  const title = hit.title || (hit.kind === 'post' ? t('posts.untitled') : t('thread.untitled'));
  const who =
    hit.kind === 'comment' ? hit.author || t('comment.anonymous') : hit.kind === 'reply' ? t('search.yourReply') : null;
  return (
    <div role="option" id={id} aria-selected={active} className="search-option" onClick={() => onOpen(hit)}>
      <span className="search-option-title">
        {who && (
          <>
            <span className="search-option-who">{who}</span>
            {' · '}
          </>
        )}
        <Highlighted text={title} ranges={hit.title ? hit.titleRanges : []} />
      </span>
      {hit.snippet && (
        <span className="search-option-snippet">
          <Highlighted text={hit.snippet} ranges={hit.ranges} />
        </span>
      )}
    </div>
  );
}
