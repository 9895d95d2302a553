import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalLanguageTag, NAMED_POST_LANGUAGES } from '../../../electron/core/shared/content/languageTag';

interface LanguageSelectProps {
  value: string;
  onChange: (lang: string) => void;
}

const OTHER = 'other';

// A language by its own name ("Deutsch (de-CH)"), so a writer recognizes it whatever the UI language.
const ownName = (tag: string): string => {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name.charAt(0).toLocaleUpperCase(tag)}${name.slice(1)} (${tag})` : tag;
  } catch {
    return tag;
  }
};

// The post's language: Swedish, English, or any BCP 47 tag typed in; exports and spellchecking follow it.
export function LanguageSelect({ value, onChange }: LanguageSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const named = NAMED_POST_LANGUAGES.some((language) => language.tag === value);

  const applyTyped = () => {
    const tag = canonicalLanguageTag(typed);
    if (!tag) {
      setInvalid(typed.trim());
      return;
    }
    setInvalid(null);
    setTyping(false);
    setTyped('');
    onChange(tag);
  };

  return (
    <div className="field field-inline language-field">
      <label htmlFor={id}>{t('editor.language')}</label>
      <select
        id={id}
        value={typing ? OTHER : value}
        onChange={(event) => {
          const chosen = event.target.value;
          setTyping(chosen === OTHER);
          setInvalid(null);
          if (chosen !== OTHER) onChange(chosen);
        }}
      >
        {NAMED_POST_LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag}>
            {language.name}
          </option>
        ))}
        {!named && <option value={value}>{ownName(value)}</option>}
        <option value={OTHER}>{t('editor.languageOther')}</option>
      </select>
      {typing && (
        <span className="language-tag">
          <input
            type="text"
            aria-label={t('editor.languageTag')}
            aria-describedby={`${id}-hint`}
            aria-invalid={invalid !== null}
            placeholder="de, fi, pt-BR"
            autoFocus
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                applyTyped();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                setTyping(false);
                setInvalid(null);
              }
            }}
          />
          <button type="button" onClick={applyTyped}>
            {t('editor.languageUse')}
          </button>
          <span
            id={`${id}-hint`}
            className={invalid !== null ? 'form-error' : 'field-hint'}
            role={invalid !== null ? 'alert' : undefined}
          >
            {invalid !== null ? t('editor.languageTagInvalid', { tag: invalid }) : t('editor.languageTagHint')}
          </span>
        </span>
      )}
    </div>
  );
}
