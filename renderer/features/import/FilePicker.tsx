import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface FilePickerProps {
  files: File[];
  onChange: (files: File[]) => void;
}

// The browser's own file field speaks the browser's language; this one speaks the interface's.
export function FilePicker({ files, onChange }: FilePickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field">
      <span className="field-label">{t('import.files')}</span>
      <input ref={input} type="file" multiple hidden onChange={(event) => onChange([...(event.target.files ?? [])])} />
      <div className="file-picker">
        <button type="button" aria-describedby={listId} onClick={() => input.current?.click()}>
          {t('import.chooseFiles')}
        </button>
        {files.length > 0 ? (
          <ul id={listId} className="chosen-files">
            {files.map((file, index) => (
              <li key={`${file.name}:${index}`}>{file.name}</li>
            ))}
          </ul>
        ) : (
          <span id={listId} className="quiet">
            {t('import.noFiles')}
          </span>
        )}
      </div>
    </div>
  );
}
