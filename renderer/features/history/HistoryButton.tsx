import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../electron/core/shared/schema';

// Loaded when first opened, with the word diff it draws: the first screen shows only the button.
const HistoryDialog = lazy(() => import('./HistoryDialog').then((module) => ({ default: module.HistoryDialog })));

interface HistoryButtonProps {
  postId: string;
  readCurrentText: () => string;
  onRestored: (post: Post) => void;
}

// Opens the post's history, comparing each version with the text as it is when the panel opens.
export function HistoryButton({ postId, readCurrentText, onRestored }: HistoryButtonProps) {
  const { t } = useTranslation();
  const [currentText, setCurrentText] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setCurrentText(readCurrentText())}>
        {t('history.button')}
      </button>
      <Suspense fallback={null}>
        {currentText !== null && (
          <HistoryDialog
            postId={postId}
            currentText={currentText}
            onClose={() => setCurrentText(null)}
            onRestored={(post) => {
              setCurrentText(null);
              onRestored(post);
            }}
          />
        )}
      </Suspense>
    </>
  );
}
