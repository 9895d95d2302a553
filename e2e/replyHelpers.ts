import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, projectRoot } from './fixtures';

// A Swedish post copied from its page: seven readers' comments with names and dates, two of them answering another.
export const SVARA_I_TID = join(projectRoot, 'tests', 'fixtures', 'replies', 'svara-i-tid.txt');
export const POST_TITLE = 'Att svara i tid';

export const importFixture = async (page: Page, file = SVARA_I_TID): Promise<void> => {
  await page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: '1 thread imported' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
};

export const queueTab = (page: Page) => page.getByRole('tab', { name: /^Needs reply/ });
export const queueList = (page: Page) => page.getByRole('region', { name: 'Comments waiting for a reply' });
// A queue entry or a thread's comment is named by its author (and, in the queue, its post).
export const entry = (page: Page, author: string) => page.getByRole('article', { name: new RegExp(`^${author}`) });
export const announced = (page: Page) => page.locator('[data-announcer]');

export const expectWaiting = async (page: Page, count: number): Promise<void> => {
  await expect(queueTab(page)).toHaveAccessibleName(`Needs reply ${count}`);
};

export const openQueue = async (page: Page): Promise<void> => {
  await queueTab(page).click();
  await expect(page.getByRole('heading', { name: 'Needs reply', level: 2 })).toBeVisible();
};

// Presses Tab until `target` has the focus, as someone without a mouse would.
export const tabTo = async (page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> => {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
};
