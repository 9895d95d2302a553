import { join } from 'node:path';
import { expect, importFixtures as fixtures, test } from './fixtures';
import { switchToSwedish, openSwedishImport } from './uiLanguage';

// A refused file is explained in the UI language, from the code the import gives it.
test('in Swedish a refused file is explained in Swedish', async ({ app }) => {
  const page = app.page;
  await switchToSwedish(page);

  const dialog = await openSwedishImport(page);
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'xxe.xml'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Kanal kan inte importera ”xxe.xml”: den deklarerar XML-entiteter, som Kanal inte läser.',
  );

  await dialog.getByRole('button', { name: 'Importera mer' }).click();
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'wxr-malformed.xml'));
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    /^Kanal kan inte importera ”wxr-malformed\.xml”: den är inte välformad XML \(rad \d+, kolumn \d+\)\.$/,
  );
});

test('in English the same refusal reads as the command line prints it', async ({ app }) => {
  await app.page.getByRole('button', { name: 'Import comments', exact: true }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Import comments' });
  await dialog.locator('input[type=file]').setInputFiles(join(fixtures, 'xxe.xml'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Kanal cannot import “xxe.xml”: it declares XML entities, which Kanal does not read.',
  );
});
