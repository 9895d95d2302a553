// A post body or reply that cannot be accepted; the message is shown to the author as it is.
export class ContentError extends Error {
  override name = 'ContentError';
}
