import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wordDiff } from '../../../electron/core/shared/content/wordDiff';

// How an earlier text became the text now: words added since are <ins>, words removed since are <del>. Stored text
// reaches the page only as React text, never as markup.
export function WordDiffView({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const changes = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <div className="history-diff" role="region" aria-label={t('history.differences')}>
      {changes.map((change, index) =>
        change.kind === 'added' ? (
          <ins key={index}>{change.text}</ins>
        ) : change.kind === 'removed' ? (
          <del key={index}>{change.text}</del>
        ) : (
          <span key={index}>{change.text}</span>
        ),
      )}
    </div>
  );
}
