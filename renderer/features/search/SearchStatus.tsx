import { useTranslation } from 'react-i18next';
import { searchKinds, type SearchResult } from '../../../electron/core/api';
import type { SearchState } from './useSearch';

const matchCount = (result: SearchResult): number => searchKinds.reduce((sum, kind) => sum + result.counts[kind], 0);

// What the results area says besides the results: that it is searching, that the search failed, or found nothing.
export function SearchStatus({ search }: { search: SearchState }) {
  const { t } = useTranslation();
  const { answer, pending } = search;
  if (!pending && answer?.error) {
    return (
      <p role="alert" className="form-error">
        {t('search.failed', { message: answer.error })}
      </p>
    );
  }
  const found = answer?.result ? matchCount(answer.result) : 0;
  if (pending && found === 0) return <p className="search-note">{t('search.searching')}</p>;
  if (pending || found > 0) return null;
  return (
    <div className="search-note">
      <p className="search-empty">{t('search.noResults', { query: search.query })}</p>
      <p className="quiet">{t('search.emptyHint')}</p>
    </div>
  );
}

// Read out once an answer for the current query is in: how many matched, or that nothing did.
export function SearchAnnouncement({ search, active }: { search: SearchState; active: boolean }) {
  const { t } = useTranslation();
  const result = active && !search.pending ? search.answer?.result : null;
  const count = result ? matchCount(result) : null;
  return (
    <p role="status" className="visually-hidden">
      {count === null ? '' : count > 0 ? t('search.count', { count }) : t('search.noResults', { query: search.query })}
    </p>
  );
}
