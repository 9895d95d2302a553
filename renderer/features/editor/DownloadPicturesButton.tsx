import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureDownloads } from '../../../electron/core/api';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';
import { useAnnounce } from '../announcer/Announcer';
import { pictureDownloadReport } from './pictureDownloadReport';
import { flushSaves } from './saveQueues';
import { useHasWebPictureLinks } from './useHasWebPictureLinks';

interface DownloadPicturesButtonProps {
  editor: Editor;
  postId: string;
  onDownloaded: (result: PictureDownloads, report: string) => void;
}

// Shown while the post links to pictures on the web (from an import): downloads them only when pressed.
export function DownloadPicturesButton({ editor, postId, onDownloaded }: DownloadPicturesButtonProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const hasLinks = useHasWebPictureLinks(editor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!hasLinks) return null;

  const download = async () => {
    setBusy(true);
    setError(null);
    // The text is saved first and held still while the pictures arrive, so they go into the text as it is.
    editor.setEditable(false, false);
    try {
      await flushSaves(postId);
      const result = await api.images.download({ postId });
      const report = pictureDownloadReport(result.pictures, t);
      announce(report);
      onDownloaded(result, report);
    } catch (failure) {
      setError(t('pictures.download.error', { message: errorMessage(failure) }));
    } finally {
      if (!editor.isDestroyed) editor.setEditable(true, false);
      setBusy(false);
    }
  };

  return (
    <div className="picture-download">
      {/* Not disabled while busy, so the focus stays on it. */}
      <button type="button" aria-disabled={busy} onClick={() => void (busy || download())}>
        {busy ? t('pictures.download.busy') : t('pictures.download.button')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
