import { listActions, markActions, type ToolbarAction } from '../editor/toolbarActions';

// A reply is a short answer: bold and italic, a link, a bullet list and a quote. The post editor's own actions.
const REPLY_ACTIONS = new Set(['bold', 'italic', 'bulletList', 'blockquote']);

export const replyMarkActions: ToolbarAction[] = markActions.filter((action) => REPLY_ACTIONS.has(action.id));
export const replyBlockActions: ToolbarAction[] = listActions.filter((action) => REPLY_ACTIONS.has(action.id));
