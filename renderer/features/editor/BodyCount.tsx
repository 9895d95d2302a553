import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { docText } from '../../../electron/core/shared/content/docText';
import { countCharacters, countWords } from '../../../electron/core/shared/content/wordCount';
import type { Doc } from '../../../electron/core/shared/schema';

// Counting a long text on every keystroke would slow typing; a short pause is enough.
const RECOUNT_DELAY_MS = 150;

interface Counts {
  words: number;
  characters: number;
}

// Counts the body the same way the post list does (the core's docText and countWords).
const countBody = (editor: Editor): Counts => {
  const text = docText(editor.getJSON() as Doc);
  return { words: countWords(text), characters: countCharacters(text) };
};

export function BodyCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<Counts>(() => countBody(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(countBody(editor)), RECOUNT_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);
  return (
    <p className="body-count">
      {t('editor.bodyCount', {
        words: t('editor.words', { count: counts.words }),
        characters: t('editor.characters', { count: counts.characters }),
      })}
    </p>
  );
}
