import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFixture, openQueue, POST_TITLE } from './replyHelpers';

// What no screen of Kanal may have: a violation axe-core rates serious or critical.
const expectNoSeriousViolations = async (page: Page, screen: string) => {
  // Legacy mode runs in the page itself: no extra page is opened beside the app's.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      where: violation.nodes.map((node) => node.html.slice(0, 160)).slice(0, 5),
    }));
  expect(serious, `serious or critical violations on ${screen}`).toEqual([]);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor, the comments, the reply queue, Settings and Import pass axe in ${colorScheme}`, async ({ app }) => {
    // Five full axe runs on a shared two-core machine.
    test.setTimeout(180_000);
    const page = app.page;
    await page.emulateMedia({ colorScheme });
    await importFixture(page);

    await page.getByRole('option', { name: POST_TITLE, exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Post body' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the editor');

    await page.getByRole('tab', { name: /^Comments/ }).click();
    await page.getByRole('button', { name: POST_TITLE, exact: true }).click();
    await expect(page.getByRole('heading', { name: POST_TITLE })).toBeVisible();
    await expectNoSeriousViolations(page, 'the comments');

    await openQueue(page);
    await expectNoSeriousViolations(page, 'the reply queue');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Settings');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Import comments', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Import comments' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Import');
  });
}
