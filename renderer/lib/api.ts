// Before the contract's schemas are built (it lands in the same chunk, ahead of them).
import './zodWithoutEval';
import type { ExportFormat, KanalApi, OperationInput } from '../../electron/core/api';
import { contractApi } from '../../electron/core/shared/contractCallers';
import { MENU_COMMANDS, MENU_EVENT, type MenuCommand } from '../../electron/core/shared/menuCommands';
import { ApiError } from './apiError';
import { bridgeTransport } from './bridgeTransport';
import { httpTransport } from './httpTransport';
import { sessionToken } from './sessionToken';
import type { Transport } from './transport';

// The only module that knows which transport the app runs on.

const noTransport: Transport = () =>
  Promise.reject(
    new ApiError('no-token', 'Open the address Kanal printed when it started (npm start or kanal serve).'),
  );

const currentTransport = (): Transport => {
  if (window.kanal) return bridgeTransport(window.kanal);
  const token = sessionToken();
  return token ? httpTransport(token) : noTransport;
};

// The transport is looked up per call so a lost token is noticed at once.
export const api: KanalApi = contractApi((name, input) => currentTransport()(name, input));

export const isDesktop = (): boolean => window.kanal !== undefined;

export const canReachCore = (): boolean => isDesktop() || sessionToken() !== null;

export type ExportOutcome =
  { kind: 'saved'; path: string | null } | { kind: 'cancelled' } | { kind: 'downloaded'; filename: string };

const download = (filename: string, mimeType: string, content: string | Uint8Array<ArrayBuffer>): void => {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export type ExportRequest = OperationInput<'export.save'>;

// Desktop: main asks where to save. Browser: the file comes back and is downloaded.
export const saveExport = async (request: ExportRequest): Promise<ExportOutcome> => {
  if (isDesktop()) {
    const saved = await api.export.save(request);
    return saved.saved ? { kind: 'saved', path: saved.path } : { kind: 'cancelled' };
  }
  const { format, ...input } = request;
  const file = await api.export[format](input);
  download(file.filename, file.mimeType, file.content);
  // A browser saves each download on its own: the pictures come as files of their own, to put in images/ beside the page.
  for (const asset of file.assets ?? [])
    download(asset.path.slice(asset.path.lastIndexOf('/') + 1), asset.mimeType, new Uint8Array(asset.data));
  return { kind: 'downloaded', filename: file.filename };
};

// The export as text, for the clipboard.
export const exportedText = async (format: ExportFormat, input: Omit<ExportRequest, 'format'>): Promise<string> =>
  (await api.export[format](input)).content;

export const menuCommands = MENU_COMMANDS;
export type { MenuCommand };

const isMenuCommand = (value: unknown): value is MenuCommand => menuCommands.some((command) => command === value);

// The desktop menu reaches the page as a DOM event; in the browser it never fires.
export const onMenuCommand = (callback: (command: MenuCommand) => void): (() => void) => {
  const listener = (event: Event): void => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (isMenuCommand(detail)) callback(detail);
  };
  window.addEventListener(MENU_EVENT, listener);
  return () => window.removeEventListener(MENU_EVENT, listener);
};
