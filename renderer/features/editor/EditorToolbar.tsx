import type { Editor } from '@tiptap/react';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { focusEditor } from './focusEditor';
import { LinkIcon } from './LinkIcon';
import { PictureIcon } from './PictureIcon';
import { ToolbarButton } from './ToolbarButton';
import {
  blockActions,
  historyActions,
  listActions,
  markActions,
  type ToolbarAction,
  type ToolbarActionId,
} from './toolbarActions';
import { toolbarKeyDown } from './toolbarKeyDown';
import { useToolbarState } from './useToolbarState';

const GLYPHS: Record<ToolbarActionId, string> = {
  paragraph: '¶',
  heading2: 'H2',
  heading3: 'H3',
  bold: 'B',
  italic: 'I',
  strike: 'S',
  code: '</>',
  bulletList: '•',
  orderedList: '1.',
  blockquote: '❝',
  horizontalRule: '―',
  undo: '↶',
  redo: '↷',
};

// Buttons that stay pressed while their mark or block is active; the rest are enabled only when they can act.
const TOGGLES = new Set<ToolbarActionId>([
  'paragraph',
  'heading2',
  'heading3',
  'bold',
  'italic',
  'strike',
  'code',
  'bulletList',
  'orderedList',
  'blockquote',
]);

interface EditorToolbarProps {
  ref: Ref<HTMLDivElement>;
  editor: Editor;
  linkFormOpen: boolean;
  onLink: () => void;
  // Opens the file chooser; the picture goes in where the caret is.
  onInsertPicture: () => void;
}

// Arrow keys move between buttons, Escape goes back to the text (Alt+F10 comes here from it).
export function EditorToolbar({ ref, editor, linkFormOpen, onLink, onInsertPicture }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useToolbarState(editor);
  const [current, setCurrent] = useState<string>('paragraph');
  const usable = (id: ToolbarActionId) => TOGGLES.has(id) || state[id];
  // The remembered button, unless it can no longer be used (undo with nothing to undo).
  const tabbable =
    current === 'link' || current === 'picture' || usable(current as ToolbarActionId) ? current : 'paragraph';

  const onKeyDown = toolbarKeyDown(editor);

  const button = (action: ToolbarAction) => (
    <ToolbarButton
      key={action.id}
      label={t(`toolbar.${action.id}`)}
      glyph={GLYPHS[action.id]}
      keys={action.keys}
      pressed={TOGGLES.has(action.id) ? state[action.id] : undefined}
      disabled={!usable(action.id)}
      tabbable={tabbable === action.id}
      onFocus={() => setCurrent(action.id)}
      onClick={() => {
        action.run(editor);
        focusEditor(editor);
      }}
    />
  );
  return (
    <div ref={ref} role="toolbar" aria-label={t('toolbar.label')} className="editor-toolbar" onKeyDown={onKeyDown}>
      <div className="toolbar-group">{blockActions.map(button)}</div>
      <div className="toolbar-group">
        {markActions.map(button)}
        <ToolbarButton
          label={t('toolbar.link')}
          glyph={<LinkIcon />}
          keys="Mod-K"
          pressed={state.link || linkFormOpen}
          tabbable={tabbable === 'link'}
          onFocus={() => setCurrent('link')}
          onClick={onLink}
        />
      </div>
      <div className="toolbar-group">{listActions.map(button)}</div>
      <div className="toolbar-group">
        <ToolbarButton
          label={t('pictures.insert')}
          glyph={<PictureIcon />}
          keys={null}
          tabbable={tabbable === 'picture'}
          onFocus={() => setCurrent('picture')}
          onClick={onInsertPicture}
        />
      </div>
      <div className="toolbar-group">{historyActions.map(button)}</div>
    </div>
  );
}
