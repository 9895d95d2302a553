import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ShellBodyProps {
  text: string;
  onChange: (text: string) => void;
}

const typedCharacter = (event: KeyboardEvent): string | null => {
  if (event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return null;
  if (event.key === 'Enter') return '\n';
  return event.key.length === 1 ? event.key : null;
};

// Where the words go after Enter in the title while the post is still being made; the editor takes them over.
export function ShellBody({ text, onChange }: ShellBodyProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="shell-body"
      aria-label={t('posts.creating')}
      onKeyDown={(event) => {
        const typed = typedCharacter(event);
        if (typed === null && event.key !== 'Backspace') return;
        event.preventDefault();
        onChange(typed === null ? text.slice(0, -1) : text + typed);
      }}
      onPaste={(event) => {
        event.preventDefault();
        onChange(text + event.clipboardData.getData('text/plain'));
      }}
    >
      {text}
    </div>
  );
}
