import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../lib/shortcutLabel';

// The keys a keyboard writer needs and cannot see: the way to the toolbar and back, and the link shortcut.
export function EditorHints({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="editor-hints">
      {t('editor.keyboardHint', { toolbar: 'Alt+F10', link: shortcutLabel('Mod-K') })}
    </p>
  );
}
