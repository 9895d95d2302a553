import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface SnippetDraft {
  title: string;
  text: string;
}

interface SnippetFieldsProps {
  value: SnippetDraft;
  onChange: (value: SnippetDraft) => void;
  autoFocus?: boolean;
}

// A saved reply's title (what the menu shows) and its text, placeholders included.
export function SnippetFields({ value, onChange, autoFocus }: SnippetFieldsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={titleId}>{t('snippets.name')}</label>
        <input
          id={titleId}
          type="text"
          maxLength={200}
          value={value.title}
          data-autofocus={autoFocus ? '' : undefined}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={textId}>{t('snippets.text')}</label>
        <textarea
          id={textId}
          rows={4}
          maxLength={20_000}
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
      </div>
    </>
  );
}
