import { startupLibrary } from '../features/editor/startupPost';
import { canReachCore } from '../lib/api';
import { askFirstScreen } from '../lib/firstScreenCalls';

// Imported first by main.tsx, so these requests leave before React and the editor are evaluated: the library, its
// last open post and the rest of the first screen, side by side.
if (canReachCore()) {
  startupLibrary().catch(() => undefined);
  askFirstScreen();
}
