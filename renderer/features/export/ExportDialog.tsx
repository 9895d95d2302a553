import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormatSchema, PICTURE_EMBEDDING_FORMATS, type ExportFormat } from '../../../electron/core/api';
import { exportedText, saveExport, type ExportOutcome } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { Dialog } from '../../ui/Dialog';
import { flushSaves } from '../editor/saveQueues';

interface ExportDialogProps {
  postId: string;
  onClose: () => void;
  // Saved or downloaded: the dialog closes and says where the file went.
  onExported: (outcome: ExportOutcome) => void;
}

// The fragment goes on the clipboard as rich HTML for editors and as its source for a CMS's HTML view.
async function copyHtml(html: string): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([html], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}

// Format, conversation and options, then Save (a save dialog on the desktop, a download in the browser) or Copy.
export function ExportDialog({ postId, onClose, onExported }: ExportDialogProps) {
  const { t } = useTranslation();
  const formatId = useId();
  const [format, setFormat] = useState<ExportFormat>('html');
  const [withThread, setWithThread] = useState(false);
  const [pingbacks, setPingbacks] = useState(false);
  const [pending, setPending] = useState(false);
  const [stylesheet, setStylesheet] = useState(true);
  const [repliesOnly, setRepliesOnly] = useState(false);
  const [embedImages, setEmbedImages] = useState(false);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = {
    postId,
    withThread,
    pingbacks,
    pending,
    stylesheet,
    repliesOnly: format === 'wxr' && repliesOnly,
    embedImages: PICTURE_EMBEDDING_FORMATS.includes(format) && embedImages,
  };

  // The post as it is now: pending edits are saved first.
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      await flushSaves(postId);
      await action();
    } catch (error) {
      setStatus({ text: t('export.failed', { message: errorMessage(error) }), failed: true });
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const outcome = await saveExport({ ...choices, format });
      if (outcome.kind !== 'cancelled') onExported(outcome);
    });
  const copy = () =>
    run(async () => {
      await copyHtml(await exportedText('fragment', choices));
      setStatus({ text: t('export.copied'), failed: false });
    });

  const option = (label: string, checked: boolean, set: (value: boolean) => void, disabled = false) => (
    <label className="check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => set(e.target.checked)} />
      {label}
    </label>
  );
  return (
    <Dialog title={t('export.title')} onClose={onClose}>
      <div className="export-options">
        <div className="field field-inline">
          <label htmlFor={formatId}>{t('export.format')}</label>
          <select
            id={formatId}
            value={format}
            data-autofocus
            onChange={(event) => setFormat(exportFormatSchema.parse(event.target.value))}
          >
            {exportFormatSchema.options.map((each) => (
              <option key={each} value={each}>
                {t(`export.formats.${each}`)}
              </option>
            ))}
          </select>
        </div>
        {option(t('export.withThread'), withThread, setWithThread)}
        {option(t('export.pingbacks'), pingbacks, setPingbacks, !withThread)}
        {option(t('export.pending'), pending, setPending, !withThread)}
        {format === 'html' && option(t('export.stylesheet'), stylesheet, setStylesheet)}
        {PICTURE_EMBEDDING_FORMATS.includes(format) && option(t('export.embedImages'), embedImages, setEmbedImages)}
        {format === 'wxr' && option(t('export.repliesOnly'), repliesOnly, setRepliesOnly)}
        <div className="dialog-actions">
          <button type="button" onClick={() => void save()} disabled={busy}>
            {t('export.save')}
          </button>
          <button type="button" onClick={() => void copy()} disabled={busy}>
            {t('export.copy')}
          </button>
        </div>
        <p role="status" className={status?.failed ? 'form-error' : 'quiet'}>
          {status?.text ?? ''}
        </p>
      </div>
    </Dialog>
  );
}
