import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

// A modal <dialog>: the browser traps focus, Escape closes it, and focus returns where it was.
export function Dialog({ title, onClose, children, wide }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The control that opened the dialog still has the focus while the dialog first renders.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // Start where the work is, not on the Close button: a marked field, else the first control of the body.
      const start =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>('.dialog-body :is(input, select, textarea, button)');
      start?.focus();
    }
  }, []);
  // Every way of closing (Close, Escape, the work done) gives the focus back to the control that opened the dialog.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      // Closed first, while still in the page: a modal dialog keeps the rest of the page from taking the focus.
      dialog?.close();
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="quiet-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
