import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

// Imports a file through the header's "Import comments" dialog and waits for its summary; the dialog stays open.
export async function importThroughDialog(
  page: Page,
  file: string,
  summary: string | RegExp,
  options: { timeout?: number } = {},
): Promise<Locator> {
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: summary })).toBeVisible(options);
  return dialog;
}
