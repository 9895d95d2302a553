import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useSettledBodyCounts } from './useSettledBodyCounts';

// Counts the body by the core's rules (the post list's number), once the author pauses.
export function BodyCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const counts = useSettledBodyCounts(editor);
  return (
    <p className="body-count">
      {counts &&
        t('editor.bodyCount', {
          words: t('editor.words', { count: counts.words }),
          characters: t('editor.characters', { count: counts.characters }),
        })}
    </p>
  );
}
