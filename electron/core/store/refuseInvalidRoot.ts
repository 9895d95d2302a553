import { z } from 'zod';
import { docSchema, postSchema, rootSchema, type RootData } from '../shared/schema';
import { refuseInvalid } from './refuseInvalid';

// Checking every post body on every save would cost more than the save (100–200 ms at 1,000 long posts), and a
// change replaces a body rather than editing it: the root is checked without bodies, each body object once.
const rootWithoutBodies = rootSchema.extend({ posts: z.array(postSchema.extend({ doc: z.unknown() })) });
const checkedBodies = new WeakSet<object>();

export function refuseInvalidRoot(data: RootData): void {
  refuseInvalid(rootWithoutBodies, data, 'the library');
  for (const post of data.posts) {
    if (checkedBodies.has(post.doc)) continue;
    refuseInvalid(docSchema, post.doc, `the post ${post.id}`);
    checkedBodies.add(post.doc);
  }
}

// Bodies just read through the full schema need no second check at the first save.
export function rememberCheckedBodies(data: RootData): void {
  for (const post of data.posts) checkedBodies.add(post.doc);
}
