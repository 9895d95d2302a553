import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CHANNEL_DESCRIPTION_LENGTH } from '../../../electron/core/shared/limits';

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
        <input
          id={enId}
          value={value.en}
          maxLength={MAX_CHANNEL_DESCRIPTION_LENGTH}
          onChange={(event) => onChange({ ...value, en: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={svId}>{t('channels.descriptionSv')}</label>
        <input
          id={svId}
          value={value.sv}
          maxLength={MAX_CHANNEL_DESCRIPTION_LENGTH}
          onChange={(event) => onChange({ ...value, sv: event.target.value })}
        />
      </div>
    </>
  );
}
