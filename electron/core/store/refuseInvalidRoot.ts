import type { TimeSlices } from '../search/timeSlices';
import { rootSchema, type RootData } from '../shared/schema';
import { refuseInvalid } from './refuseInvalid';

// The root, checked as rootSchema checks it, with its long lists item by item between pauses: a library of thousands
// of posts and threads takes longer to check in one go than the event loop may wait.
export async function refuseInvalidRoot(root: RootData, slices: TimeSlices): Promise<void> {
  const what = 'the library';
  refuseInvalid(rootSchema, { ...root, posts: [], threads: [] }, what);
  const lists = [
    ['posts', rootSchema.shape.posts.element, root.posts],
    ['threads', rootSchema.shape.threads.element, root.threads],
  ] as const;
  for (const [name, schema, items] of lists) {
    for (const [index, item] of items.entries()) {
      if (slices.due()) await slices.pause();
      refuseInvalid(schema, item, what, [name, index]);
    }
  }
}
