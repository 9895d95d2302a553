import type { Locator, Page } from '@playwright/test';

// Settings → Language → Svenska, and the dialog closed again: the interface now speaks Swedish.
export async function switchToSwedish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Svenska' });
  await page.getByRole('button', { name: 'Stäng' }).click();
}

// The Swedish import dialog, opened from the header.
export async function openSwedishImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Importera kommentarer', exact: true }).click();
  return page.getByRole('dialog', { name: 'Importera kommentarer' });
}
