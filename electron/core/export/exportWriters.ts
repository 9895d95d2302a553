// The export writers, loaded together when the first export is asked for (they pull in the editor schema,
// prosemirror-markdown, yaml and the sanitizer).
export { writePost } from './writePost';
export { writeFolder } from './writeFolder';
