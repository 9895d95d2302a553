import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Descriptions {
  en: string;
  sv: string;
}

interface DescriptionFieldsProps {
  value: Descriptions;
  onChange: (value: Descriptions) => void;
}

// A channel's one-line description, in English and in Swedish.
export function DescriptionFields({ value, onChange }: DescriptionFieldsProps) {
  const { t } = useTranslation();
  const enId = useId();
  const svId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={enId}>{t('channels.descriptionEn')}</label>
        <input id={enId} value={value.en} maxLength={300} onChange={(event) => onChange({ ...value, en: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={svId}>{t('channels.descriptionSv')}</label>
        <input id={svId} value={value.sv} maxLength={300} onChange={(event) => onChange({ ...value, sv: event.target.value })} />
      </div>
    </>
  );
}
