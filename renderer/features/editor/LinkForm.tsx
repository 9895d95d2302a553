import type { Editor } from '@tiptap/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedUrl } from '../../../electron/core/content/extensions';
import { applyLink } from './applyLink';

interface LinkFormProps {
  editor: Editor;
  onClose: () => void;
}

// Asks for a link address inline; only web and e-mail addresses are accepted.
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const current: unknown = editor.getAttributes('link')['href'];
  const [href, setHref] = useState(typeof current === 'string' ? current : '');
  const [refused, setRefused] = useState(false);

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
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };
  const cancel = () => {
    editor.commands.focus();
    onClose();
  };

  return (
    <form className="link-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && cancel()}>
      <label htmlFor={inputId}>{t('link.address')}</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoFocus
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
