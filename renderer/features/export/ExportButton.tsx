import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onMenuCommand, type ExportOutcome } from '../../lib/api';

// Loaded when first opened: the first screen shows only the button.
const ExportDialog = lazy(() => import('./ExportDialog').then((module) => ({ default: module.ExportDialog })));

// Opens the export dialog for the post; says where the last export went.
export function ExportButton({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  // The desktop menu's Export acts on the post that is open.
  useEffect(() => onMenuCommand((command) => command === 'export-html' && setOpen(true)), []);
  const exported = (outcome: ExportOutcome) => {
    setOpen(false);
    const file =
      outcome.kind === 'saved' ? (outcome.path ?? '') : outcome.kind === 'downloaded' ? outcome.filename : '';
    setDone(t('export.done', { file }));
  };
  return (
    <div className="export">
      <button type="button" onClick={() => setOpen(true)}>
        {t('export.button')}
      </button>
      <span role="status" className="quiet">
        {done}
      </span>
      <Suspense fallback={null}>
        {open && <ExportDialog postId={postId} onClose={() => setOpen(false)} onExported={exported} />}
      </Suspense>
    </div>
  );
}
