import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TITLE_LENGTH } from '../../../electron/core/shared/limits';

interface TitleFieldProps {
  id: string;
  value: string;
  autoFocus: boolean;
  onChange: (title: string) => void;
  // Enter ends the title; the writing goes on in the body.
  onEnter: () => void;
}

// A title is one line of text, but a long one wraps instead of scrolling out of sight.
export function TitleField({ id, value, autoFocus, onChange, onEnter }: TitleFieldProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  // Only when the field appears: later renders must not pull the caret back.
  const focusWhenShown = useRef(autoFocus);
  // During the commit, so not even a key pressed right then lands outside the field.
  useLayoutEffect(() => {
    const field = ref.current;
    if (!focusWhenShown.current || !field) return;
    field.focus();
    // Carry on after what is already there, e.g. letters typed while the post was being made.
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">
        {t('editor.title')}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="title-input"
        rows={1}
        value={value}
        placeholder={t('editor.title')}
        maxLength={MAX_TITLE_LENGTH}
        // Pasted line breaks become spaces: a title has no paragraphs.
        onChange={(event) => onChange(event.target.value.replace(/[^\S\n\r]*[\r\n]+[^\S\n\r]*/g, ' '))}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          onEnter();
        }}
      />
    </div>
  );
}
