import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface TypeAheadProps {
  // What was typed so far, kept by the caller so it survives this placeholder.
  typedRef: RefObject<string>;
  onEscape: () => void;
}

// Stands in for the reply editor while its draft loads: it takes the focus at once, so the first letters typed after
// "Reply" go into the reply (handed over once the editor is there) and never reach the list's one-letter shortcuts.
export function TypeAhead({ typedRef, onEscape }: TypeAheadProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') onEscape();
    else if (event.key === 'Backspace') typedRef.current = typedRef.current.slice(0, -1);
    else if (event.key === 'Enter') typedRef.current += '\n';
    else if (event.key.length === 1) typedRef.current += event.key;
    else return;
    event.preventDefault();
  };
  return (
    <div
      ref={ref}
      className="placeholder-text reply-loading"
      tabIndex={-1}
      data-own-keys=""
      aria-busy="true"
      onKeyDown={onKeyDown}
    >
      {t('common.loading')}
    </div>
  );
}
