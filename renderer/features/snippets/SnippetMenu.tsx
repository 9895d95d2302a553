import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snippet } from '../../../electron/core/shared/schema';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/apiError';

interface SnippetMenuProps {
  tabbable: boolean;
  onFocus: () => void;
  onInsert: (snippet: Snippet) => void;
  onManage: () => void;
}

// "Saved replies ▾": a menu of the author's saved replies, read afresh each time it opens, and the way to manage them.
export function SnippetMenu({ tabbable, onFocus, onInsert, onManage }: SnippetMenuProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api.snippets.list({}).then(
      (list) => live && setSnippets(list),
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [open]);
  // The first item takes the focus once the menu is drawn with its items.
  useEffect(() => {
    if (open && snippets)
      menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [open, snippets]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setSnippets(null);
    setError(null);
    if (returnFocus) buttonRef.current?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    // The menu's keys are its own, not the toolbar's or the editor's around it.
    event.stopPropagation();
    const items = [
      ...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])'),
    ];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <span className="snippet-menu">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-text-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        tabIndex={tabbable ? 0 : -1}
        onFocus={onFocus}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? close(true) : setOpen(true))}
      >
        {t('snippets.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('snippets.title')}
          className="menu"
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget) && event.relatedTarget !== buttonRef.current)
              close(false);
          }}
        >
          {snippets === null && !error && (
            <li role="none" className="menu-note">
              {t('common.loading')}
            </li>
          )}
          {error && (
            <li role="none" className="menu-note form-error">
              {error}
            </li>
          )}
          {snippets?.length === 0 && (
            <li role="none" className="menu-note">
              {t('snippets.none')}
            </li>
          )}
          {snippets?.map((snippet) => (
            <li role="none" key={snippet.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                title={snippet.text}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  close(false);
                  onInsert(snippet);
                }}
              >
                {snippet.title}
              </button>
            </li>
          ))}
          <li role="separator" />
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close(false);
                onManage();
              }}
            >
              {t('snippets.manage')}
            </button>
          </li>
        </ul>
      )}
    </span>
  );
}
