// The editor's commands (toggleBold, setLink, undo, …) are declared by the extensions of the shared schema; this layer
// sees only that schema's declarations, so it takes the extensions' own types here.
import type {} from '@tiptap/starter-kit';
