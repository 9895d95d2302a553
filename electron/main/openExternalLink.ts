import { shell } from 'electron';
import { allowedUrl, LINK_SCHEMES } from '../core/shared/policy';

// The only way a link leaves the app: the URL policy's check (http, https, mailto), then the system's browser or mail program.
export async function openExternalLink(url: unknown): Promise<string | null> {
  const allowed = allowedUrl(url, LINK_SCHEMES);
  if (!allowed) return null;
  await shell.openExternal(allowed, { activate: true });
  return allowed;
}
