import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedUrl } from '../../../electron/core/shared/policy';
import { applyLink } from './applyLink';
import { focusEditor } from './focusEditor';

interface LinkFormProps {
  editor: Editor;
  // Bumped by each Ctrl+K, so the shortcut reaches the address field even when the form is already open.
  focusRequest: number;
  onClose: () => void;
}

// Asks for a link address inline; only web and e-mail addresses are accepted.
export function LinkForm({ editor, focusRequest, onClose }: LinkFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const current: unknown = editor.getAttributes('link')['href'];
  const [href, setHref] = useState(typeof current === 'string' ? current : '');
  const [refused, setRefused] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), [focusRequest]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = href.trim();
    if (!isAllowedUrl(url)) {
      setRefused(true);
      return;
    }
    applyLink(editor, url);
    onClose();
  };
  const remove = () => {
    editor.chain().extendMarkRange('link').unsetLink().run();
    focusEditor(editor);
    onClose();
  };
  const cancel = () => {
    focusEditor(editor);
    onClose();
  };

  return (
    <form className="link-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      <label htmlFor={inputId}>{t('link.address')}</label>
      <input
        id={inputId}
        type="text"
        ref={inputRef}
        inputMode="url"
        value={href}
        placeholder="https://"
        aria-invalid={refused}
        aria-describedby={refused ? errorId : undefined}
        onChange={(event) => {
          setHref(event.target.value);
          setRefused(false);
        }}
      />
      <button type="submit">{t('link.apply')}</button>
      {typeof current === 'string' && (
        <button type="button" onClick={remove}>
          {t('link.remove')}
        </button>
      )}
      <button type="button" onClick={cancel}>
        {t('common.cancel')}
      </button>
      {refused && (
        <p id={errorId} role="alert" className="form-error">
          {t('link.refused')}
        </p>
      )}
    </form>
  );
}
