import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFormat } from '../../../electron/core/api';
import { FilePicker } from './FilePicker';
import { importFormats, isImportFormat } from './importFormats';
import { ImportTabs, type ImportTab } from './ImportTabs';
import { pastedFile, readFiles } from './readFiles';
import type { ImportFile } from './useImportJob';

interface ImportFormProps {
  initialTab: ImportTab;
  initialFiles: File[];
  onStart: (files: ImportFile[], format: ImportFormat) => void;
}

// Choose files (or paste text) and the format, then start the import.
export function ImportForm({ initialTab, initialFiles, onStart }: ImportFormProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const formatId = useId();
  const pasteId = useId();
  const [tab, setTab] = useState<ImportTab>(initialTab);
  const [files, setFiles] = useState<File[]>(initialFiles);
  const [format, setFormat] = useState<ImportFormat>('auto');
  const [text, setText] = useState('');
  const ready = tab === 'files' ? files.length > 0 : text.trim().length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tab === 'paste') onStart([pastedFile(text)], 'text');
    else onStart(await readFiles(files), format);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="import-form">
      <ImportTabs tab={tab} panelId={panelId} onChange={setTab} />
      <div id={panelId} role="tabpanel" aria-labelledby={`${panelId}-${tab}`} className="tab-panel">
        {tab === 'files' ? (
          <>
            <FilePicker files={files} onChange={setFiles} />
            <p className="quiet">{t('import.dropHint')}</p>
            <div className="field">
              <label htmlFor={formatId}>{t('import.format')}</label>
              <select
                id={formatId}
                value={format}
                onChange={(event) => isImportFormat(event.target.value) && setFormat(event.target.value)}
              >
                {importFormats.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`import.formats.${candidate}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor={pasteId}>{t('import.pasted')}</label>
            <textarea
              id={pasteId}
              rows={12}
              value={text}
              autoFocus
              data-autofocus
              onChange={(event) => setText(event.target.value)}
            />
            <p className="quiet">{t('import.pasteHint')}</p>
          </div>
        )}
      </div>
      <div className="row-actions">
        <button type="submit" className="primary-button" disabled={!ready}>
          {t('import.start')}
        </button>
      </div>
    </form>
  );
}
