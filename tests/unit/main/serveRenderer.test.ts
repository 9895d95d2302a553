import { describe, expect, it, vi } from 'vitest';

const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
vi.mock('electron', () => ({ protocol }));
const { registerAppScheme, serveRenderer } = await import('../../../electron/main/serveRenderer');

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme, with no privilege to bypass the CSP', () => {
    registerAppScheme();
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined();
    expect(schemes[0]?.privileges.corsEnabled).toBeUndefined();
  });

  it('is answered by the renderer-file handler', async () => {
    serveRenderer('/nowhere');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await handler(new Request('app://kanal/index.html'))).status).toBe(404);
  });
});
