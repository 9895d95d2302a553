import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type StaticFiles = (req: IncomingMessage, res: ServerResponse, notFound: () => void) => void;

// The built renderer: sirv lists the folder's files once, serves only those (typed by extension), and leaves
// anything else, a path outside the folder included, to `notFound`.
export function staticFiles(root: string): StaticFiles {
  const serve = sirv(root, { dev: false, etag: false, dotfiles: false });
  return (req, res, notFound) => serve(req, res, notFound);
}
