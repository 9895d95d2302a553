import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ShellBodyProps {
  text: string;
  onChange: (text: string) => void;
}

// Where the words go after Enter in the title while the post is still being made; the editor takes them over.
// A plain field, so dead keys and input methods work as they do everywhere else.
export function ShellBody({ text, onChange }: ShellBodyProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <textarea
      ref={ref}
      className="shell-body"
      aria-label={t('posts.creating')}
      value={text}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
