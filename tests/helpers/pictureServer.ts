import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface PictureServer {
  // The address of a path on this server, as an imported post would link to it.
  url: (path: string) => string;
  // Every path asked for, in order.
  requests: string[];
  close: () => Promise<void>;
}

// A web server on 127.0.0.1 standing in for the blog a post's pictures were on; unknown paths answer 404.
export async function startPictureServer(routes: Record<string, Route>): Promise<PictureServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const route = routes[path];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('Not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
