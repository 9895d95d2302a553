import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// Long enough to notice and reach the button; the post stays restorable from the core for 30 days anyway.
const SHOW_MS = 10_000;

interface UndoToastProps {
  message: string;
  error: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoToast({ message, error, onUndo, onDismiss }: UndoToastProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {/* The deleted post's button is gone; focus goes where the next step is instead of to the page's top. */}
      <button type="button" autoFocus onClick={onUndo}>
        {t('posts.undo')}
      </button>
      <button type="button" className="quiet-button" aria-label={t('common.close')} onClick={onDismiss}>
        ×
      </button>
      {error && <span className="form-error">{error}</span>}
    </div>
  );
}
