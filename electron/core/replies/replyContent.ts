// What turns replies into views and input into reply documents: the editor schema, the sanitizer and a DOM come
// with it, so the services load it when a reply is first shown or written.
export { validateDoc } from '../shared/content/validateDoc';
export { replyDocFrom } from './replyDoc';
export { replyView } from './replyView';
