import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { postStatusSchema, type PostStatus } from '../../../electron/core/shared/schema';

interface StatusSelectProps {
  value: PostStatus;
  onChange: (status: PostStatus) => void;
}

export function StatusSelect({ value, onChange }: StatusSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('editor.status')}</label>
      <select id={id} value={value} onChange={(event) => onChange(postStatusSchema.parse(event.target.value))}>
        {postStatusSchema.options.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
