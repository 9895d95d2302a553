import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { LinkIcon } from './LinkIcon';
import { ToolbarButton } from './ToolbarButton';
import { blockActions, historyActions, listActions, markActions, type ToolbarAction, type ToolbarActionId } from './toolbarActions';
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
const TOGGLES = new Set<ToolbarActionId>(['paragraph', 'heading2', 'heading3', 'bold', 'italic', 'strike', 'code', 'bulletList', 'orderedList', 'blockquote']);

interface EditorToolbarProps {
  editor: Editor;
  linkFormOpen: boolean;
  onLink: () => void;
}

export function EditorToolbar({ editor, linkFormOpen, onLink }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useToolbarState(editor);
  const button = (action: ToolbarAction) => (
    <ToolbarButton
      key={action.id}
      label={t(`toolbar.${action.id}`)}
      glyph={GLYPHS[action.id]}
      keys={action.keys}
      pressed={TOGGLES.has(action.id) ? state[action.id] : undefined}
      disabled={TOGGLES.has(action.id) ? false : !state[action.id]}
      onClick={() => action.run(editor)}
    />
  );
  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="editor-toolbar">
      <div className="toolbar-group">{blockActions.map(button)}</div>
      <div className="toolbar-group">
        {markActions.map(button)}
        <ToolbarButton
          label={t('toolbar.link')}
          glyph={<LinkIcon />}
          keys="Mod-K"
          pressed={state.link || linkFormOpen}
          onClick={onLink}
        />
      </div>
      <div className="toolbar-group">{listActions.map(button)}</div>
      <div className="toolbar-group">{historyActions.map(button)}</div>
    </div>
  );
}
