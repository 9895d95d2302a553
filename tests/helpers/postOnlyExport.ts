// The export choices of a post alone, with its stylesheet, its pictures beside it rather than inside it.
export const POST_ONLY_EXPORT = {
  withThread: false,
  pingbacks: false,
  pending: false,
  stylesheet: true,
  repliesOnly: false,
  embedImages: false,
};
