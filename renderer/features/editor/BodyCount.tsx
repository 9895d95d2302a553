import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { bodyCounts } from '../../../electron/core/shared/content/bodyCounts';

// Counts the body by the core's rules (the post list's number), recounting only the blocks a keystroke changed.
export function BodyCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const counts = useEditorState({ editor, selector: ({ editor: e }) => bodyCounts(e.state.doc) });
  return (
    <p className="body-count">
      {t('editor.bodyCount', {
        words: t('editor.words', { count: counts.words }),
        characters: t('editor.characters', { count: counts.characters }),
      })}
    </p>
  );
}
