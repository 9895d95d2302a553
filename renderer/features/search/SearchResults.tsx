import { useTranslation } from 'react-i18next';
import { searchKinds, type SearchHit, type SearchResult } from '../../../electron/core/api';
import { SearchOption } from './SearchOption';

interface SearchResultsProps {
  id: string;
  result: SearchResult | null;
  // Index into `shownHits` of the option the arrow keys are on.
  activeIndex: number | null;
  optionId: (index: number) => string;
  busy: boolean;
  onOpen: (hit: SearchHit) => void;
}

// The hits shown, in the order the arrow keys walk them: posts, comments, then replies, each as the core ranked them.
export const shownHits = (result: SearchResult | null): SearchHit[] =>
  result ? searchKinds.flatMap((kind) => result.groups[kind]) : [];

// The results as one listbox, a labelled group per kind that has hits, each saying how many matched in all.
export function SearchResults({ id, result, activeIndex, optionId, busy, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  let offset = 0;
  return (
    <div role="listbox" id={id} aria-label={t('search.results')} aria-busy={busy} className="search-results">
      {result &&
        searchKinds.map((kind) => {
          const hits = result.groups[kind];
          const first = offset;
          offset += hits.length;
          if (hits.length === 0) return null;
          const labelId = `${id}-${kind}`;
          const count = result.counts[kind];
          const kindLabel = t(`search.kinds.${kind}`);
          return (
            <div role="group" aria-labelledby={labelId} key={kind} className="search-group">
              <div role="presentation" id={labelId} className="search-group-label">
                {count > hits.length
                  ? t('search.groupShown', { kind: kindLabel, shown: hits.length, count })
                  : t('search.group', { kind: kindLabel, count })}
              </div>
              {hits.map((hit, index) => (
                <SearchOption
                  key={`${hit.kind}:${hit.id}`}
                  hit={hit}
                  id={optionId(first + index)}
                  active={activeIndex === first + index}
                  onOpen={onOpen}
                />
              ))}
            </div>
          );
        })}
    </div>
  );
}
