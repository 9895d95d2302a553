import type { Editor } from '@tiptap/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusEditor } from '../editor/focusEditor';
import { LinkIcon } from '../editor/LinkIcon';
import { ToolbarButton } from '../editor/ToolbarButton';
import type { ToolbarAction } from '../editor/toolbarActions';
import { toolbarKeyDown } from '../editor/toolbarKeyDown';
import { useToolbarState } from '../editor/useToolbarState';
import { replyBlockActions, replyMarkActions } from './replyToolbarActions';

const GLYPHS: Record<string, string> = { bold: 'B', italic: 'I', bulletList: '•', blockquote: '❝' };

interface ReplyToolbarProps {
  editor: Editor;
  linkFormOpen: boolean;
  onLink: () => void;
  onQuote: () => void;
  // The saved-replies menu button, given its place in the arrow-key order.
  snippetButton: (tabbable: boolean, onFocus: () => void) => ReactNode;
}

// The reply editor's few tools; as in the post editor, one button is in the Tab order and arrow keys reach the rest.
export function ReplyToolbar({ editor, linkFormOpen, onLink, onQuote, snippetButton }: ReplyToolbarProps) {
  const { t } = useTranslation();
  const state = useToolbarState(editor);
  const [current, setCurrent] = useState('bold');

  const onKeyDown = toolbarKeyDown(editor, { keepEscape: true });

  const button = (action: ToolbarAction) => (
    <ToolbarButton
      key={action.id}
      label={t(`toolbar.${action.id}`)}
      glyph={GLYPHS[action.id]}
      keys={action.keys}
      pressed={state[action.id]}
      tabbable={current === action.id}
      onFocus={() => setCurrent(action.id)}
      onClick={() => {
        action.run(editor);
        focusEditor(editor);
      }}
    />
  );
  return (
    <div role="toolbar" aria-label={t('reply.toolbar')} className="editor-toolbar reply-toolbar" onKeyDown={onKeyDown}>
      <div className="toolbar-group">
        {replyMarkActions.map(button)}
        <ToolbarButton
          label={t('toolbar.link')}
          glyph={<LinkIcon />}
          keys="Mod-K"
          pressed={state.link || linkFormOpen}
          tabbable={current === 'link'}
          onFocus={() => setCurrent('link')}
          onClick={onLink}
        />
      </div>
      <div className="toolbar-group">{replyBlockActions.map(button)}</div>
      <div className="toolbar-group">
        <button
          type="button"
          className="toolbar-text-button"
          tabIndex={current === 'quote' ? 0 : -1}
          title={t('reply.quoteHint')}
          onFocus={() => setCurrent('quote')}
          // Keeps the editor's caret where the quote goes.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onQuote}
        >
          {t('reply.quoteSelection')}
        </button>
        {snippetButton(current === 'snippets', () => setCurrent('snippets'))}
      </div>
    </div>
  );
}
