import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  graphql,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * Daten und Fakten: the coordinator defines an indicator, has a broken file
 * refused with every problem by row and column (nothing stored), checks and
 * imports a German Excel CSV, sees the values over the years, compared and
 * on the map-like grid (each picture named with its key figure, the figures
 * as tables too), corrects a value by hand and meets a conflicting change.
 * A participant reads the pictures without any form. English once, axe in
 * every state, and a phone's width without sideways scrolling.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const NAME = `Ausländische Bevölkerung ${Date.now().toString(36)}`;

/** Excel's "CSV UTF-8": byte order mark, semicolons, decimal commas, CRLF. */
const csv = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');

const BROKEN = csv([
  'Kommune;Jahr;Wert',
  'Gütersloh;2023;1.000',
  'Bielefeld;2023;5',
  'Verl;zwanzig;3',
  'Rietberg;2023;viele',
  'Gütersloh;2023;1.100',
]);

const GOOD = csv([
  'Kommune;Jahr;Wert',
  'Gütersloh;2023;1.234,5',
  'Gütersloh;2024;1.310,25',
  'Rheda-Wiedenbrück;2023;812,5',
  'Rheda-Wiedenbrück;2024;845',
  'Verl;2023;403,75',
  'Verl;2024;420,5',
  'Schloß Holte-Stukenbrock;2023;250',
  'Schloß Holte-Stukenbrock;2024;262,5',
  'Halle (Westf.);2024;190,5',
]);

async function expectFocused(page: Page, element: Locator) {
  const id = await element.getAttribute('id');
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe(id);
}

async function expectFitsPhone(page: Page) {
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
}

async function openInventory(page: Page) {
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Daten und Fakten' })
    .click();
  await heading(page, 'Daten und Fakten').waitFor();
  expect(page.url()).toMatch(/\/fortschreibungen\/[0-9a-f-]+\/daten$/);
}

/** The cells of a table's body rows, as text. */
async function bodyRows(table: Locator): Promise<string[][]> {
  const rows = table.locator('tbody tr');
  const result: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    result.push((await rows.nth(i).locator('th, td').allTextContents()).map((c) => c.trim()));
  }
  return result;
}

test('the coordinator imports an indicator’s values and a participant reads them', async () => {
  const coordinator = await newPage(browser);
  const page = coordinator.page;
  await signIn(page, DEMO.coordinator);
  await openInventory(page);
  await expectAccessible(page, 'Daten und Fakten (Koordination)');

  // A new indicator: sent empty, the form names what is missing and takes the keyboard there.
  await page.getByRole('button', { name: 'Indikator anlegen' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Indikator speichern' }) });
  await form.getByRole('button', { name: 'Indikator speichern' }).click();
  await form.getByText('Bitte geben Sie einen Namen ein.').waitFor();
  await form.getByText('Bitte geben Sie die Quelle an.').waitFor();
  await expectFocused(page, form.getByLabel('Name', { exact: true }));
  await expectAccessible(page, 'Indikator anlegen mit Fehlern');
  await form.getByLabel('Name', { exact: true }).fill(NAME);
  await form.getByLabel(/^Einheit/).fill('Personen');
  await form.getByLabel(/^Quelle/).fill('IT.NRW, Zensus 2022');
  await form.getByLabel(/^Beschreibung/).fill('Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit.');
  await form.getByRole('button', { name: 'Indikator speichern' }).click();
  await page.getByRole('status').getByText(`Der Indikator „${NAME}“ ist angelegt.`).waitFor();
  const detail = page.getByRole('region', { name: NAME, exact: true });
  await detail.getByRole('heading', { level: 2, name: NAME }).waitFor();
  await detail.getByText('Für diesen Indikator sind noch keine Werte erfasst.').waitFor();
  await expect(page.getByRole('link', { name: NAME }).getAttribute('aria-current')).resolves.toBe('true');

  // A broken file: every problem with its row and column, and nothing stored.
  const upload = detail.getByRole('region', { name: 'Werte importieren' });
  const file = upload.getByLabel('Datei mit Werten');
  await file.setInputFiles({ name: 'kaputt.csv', mimeType: 'text/csv', buffer: BROKEN });
  await upload.getByRole('button', { name: 'Importieren' }).click();
  const refused = upload.getByText('Die Datei wurde nicht übernommen – es wurde nichts gespeichert.');
  await refused.waitFor();
  await upload.getByText('Die Datei wurde nicht übernommen: 4 Problem(e). Nichts wurde gespeichert.').waitFor();
  const problems = upload.getByRole('table', { name: 'Probleme der Datei' });
  await expect(bodyRows(problems)).resolves.toEqual([
    ['3', 'Kommune', '„Bielefeld“ ist keine Kommune des Kreises.'],
    ['4', 'Jahr', '„zwanzig“ ist kein Jahr (vierstellig, z. B. 2024).'],
    ['5', 'Wert', '„viele“ ist keine Zahl.'],
    ['6', 'ganze Zeile', 'Gütersloh 2023 steht schon in Zeile 2.'],
  ]);
  // The problems take focus, so they are heard first.
  await expect(page.evaluate('document.activeElement?.classList.contains("inventory-problems")')).resolves.toBe(true);
  await detail.getByText('Für diesen Indikator sind noch keine Werte erfasst.').waitFor();
  await expectAccessible(page, 'Import abgelehnt');

  // A good file: checked first (nothing stored yet), then imported.
  await file.setInputFiles({ name: 'auslaender.csv', mimeType: 'text/csv', buffer: GOOD });
  await upload.getByRole('button', { name: 'Prüfen' }).click();
  await upload
    .getByRole('status')
    .getByText('Die Datei ist in Ordnung: 9 neue Werte, 0 ersetzte Werte. Gespeichert wurde noch nichts.')
    .waitFor();
  expect(await problems.count()).toBe(0);
  await detail.getByText('Für diesen Indikator sind noch keine Werte erfasst.').waitFor();
  await upload.getByRole('button', { name: 'Importieren' }).click();
  await upload.getByRole('status').getByText('Importiert: 9 neue Werte, 0 ersetzte Werte.').waitFor();

  // The pictures, each named with what it shows and a figure from the file.
  const trend = detail.getByRole('img', { name: /^Liniendiagramm/ });
  await trend.waitFor();
  const trendName = await trend.getAttribute('aria-label');
  expect(trendName).toContain('von 2023 bis 2024');
  expect(trendName).toContain('Gütersloh 2024 mit 1.310,25 Personen');
  const bars = detail.getByRole('img', { name: /^Balkendiagramm/ });
  expect(await bars.getAttribute('aria-label')).toBe(
    `Balkendiagramm „${NAME}“ 2024, 5 Kommunen: am größten Gütersloh mit 1.310,25 Personen, am kleinsten Halle (Westf.) mit 190,5 Personen.`,
  );
  const grid = detail.getByRole('img', { name: /^Kartenraster/ });
  const gridName = await grid.getAttribute('aria-label');
  expect(gridName).toContain('5 von 13 Kommunen mit Wert, von 190,5 Personen bis 1.310,25 Personen');
  expect(gridName).toContain('Ohne Wert: Versmold, Borgholzhausen');
  await detail.getByRole('list', { name: 'Legende' }).getByText('kein Wert').waitFor();
  const trendTable = detail.getByRole('table', { name: `Verlauf „${NAME}“ als Tabelle` });
  await expect(bodyRows(trendTable)).resolves.toContainEqual(['Gütersloh', '1.234,5 Personen', '1.310,25 Personen']);
  const values = detail.getByRole('table', { name: `„${NAME}“ 2024 je Kommune` });
  await expect(bodyRows(values).then((rows) => rows.map((r) => r.slice(0, 2)))).resolves.toEqual(
    expect.arrayContaining([
      ['Gütersloh', '1.310,25 Personen'],
      ['Verl', '420,5 Personen'],
      ['Versmold', '–kein Wert'],
    ]),
  );
  await expectAccessible(page, 'Indikator mit Werten');

  // Another year for the comparison, the map and the table.
  await detail.getByLabel('Jahr', { exact: true }).selectOption('2023');
  await detail.getByRole('heading', { name: 'Vergleich der Kommunen 2023' }).waitFor();
  await expect(detail.getByRole('img', { name: /^Balkendiagramm/ }).getAttribute('aria-label')).resolves.toContain(
    'am größten Gütersloh mit 1.234,5 Personen',
  );
  await detail.getByLabel('Jahr', { exact: true }).selectOption('2024');

  // A value corrected by hand, saved with its version.
  const verl = values.getByLabel('Wert für Verl 2024');
  await expect(verl.inputValue()).resolves.toBe('420,5');
  await verl.fill('433,25');
  await values.getByRole('button', { name: 'Speichern – Verl 2024' }).click();
  const valuesSection = detail.getByRole('region', { name: 'Werte 2024' });
  await valuesSection
    .getByRole('status')
    .getByText('Der Wert für Verl 2024 ist gespeichert: 433,25 Personen.')
    .waitFor();
  await values.getByRole('cell', { name: '433,25 Personen' }).waitFor();
  await expect(bars.getAttribute('aria-label')).resolves.toContain('5 Kommunen');

  // Meanwhile someone else changes it: saving the old version is refused, and the field shows what is stored now.
  const { indicators } = await graphql<{
    indicators: { name: string; values: { id: string; municipalityName: string; year: number; version: number }[] }[];
  }>(page, 'query($r:ID!){ indicators(revisionId:$r){ name values { id municipalityName year version } } }', {
    r: page.url().match(/fortschreibungen\/([0-9a-f-]+)\//)![1],
  });
  const stored = indicators
    .find((i) => i.name === NAME)!
    .values.find((v) => v.municipalityName === 'Verl' && v.year === 2024)!;
  await graphql(page, 'mutation($id:ID!,$v:Int!){ correctIndicatorValue(id:$id, version:$v, value:440){ id } }', {
    id: stored.id,
    v: stored.version,
  });
  await verl.fill('450');
  await values.getByRole('button', { name: 'Speichern – Verl 2024' }).click();
  await valuesSection
    .getByRole('alert')
    .getByText(/Jemand anderes hat diesen Eintrag inzwischen geändert/)
    .waitFor();
  for (let tries = 0; (await verl.inputValue()) !== '440'; tries++) {
    expect(tries).toBeLessThan(100);
    await page.waitForTimeout(50);
  }
  await values.getByRole('cell', { name: '440 Personen' }).waitFor();
  await expectAccessible(page, 'Korrektur mit Konflikt');

  // On a phone nothing scrolls sideways but the boxes meant to.
  await page.setViewportSize({ width: 360, height: 800 });
  await expectFitsPhone(page);
  await expectAccessible(page, 'Daten und Fakten auf dem Telefon');
  await page.setViewportSize({ width: 1280, height: 900 });

  // An indicator defined by mistake is deleted with its values; the keyboard continues at the list.
  const revisionId = page.url().match(/fortschreibungen\/([0-9a-f-]+)\//)![1];
  const MISTAKE = `${NAME} (Versehen)`;
  await graphql(page, 'mutation($r:ID!,$i:IndicatorInput!){ createIndicator(revisionId:$r, input:$i){ id } }', {
    r: revisionId,
    i: { name: MISTAKE, unit: '%', source: 'eigene Zählung' },
  });
  await page.reload();
  await page.getByRole('link', { name: MISTAKE }).click();
  const mistake = page.getByRole('region', { name: MISTAKE, exact: true });
  await mistake.getByRole('button', { name: 'Indikator löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Indikator löschen?' });
  await dialog.getByText(`Der Indikator „${MISTAKE}“ wird mit allen seinen Werten gelöscht.`).waitFor();
  await expectAccessible(page, 'Indikator löschen?');
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await page.getByRole('status').getByText(`Der Indikator „${MISTAKE}“ ist gelöscht.`).waitFor();
  expect(await page.getByRole('link', { name: MISTAKE }).count()).toBe(0);
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('inventory-list');
  await page.getByRole('link', { name: NAME, exact: true }).click();
  await detail.getByRole('img', { name: /^Liniendiagramm/ }).waitFor();

  // In English, too.
  await page.getByRole('button', { name: /English/ }).click();
  await heading(page, 'Data and facts').waitFor();
  await expect(detail.getByRole('img', { name: /^Line chart/ }).getAttribute('aria-label')).resolves.toContain(
    'Gütersloh 2024 with 1,310.25 Personen',
  );
  await detail.getByRole('img', { name: /^Map grid/ }).waitFor();
  await detail.getByRole('table', { name: `“${NAME}” 2024 by municipality` }).waitFor();
  const uploadEn = detail.getByRole('region', { name: 'Import values' });
  await uploadEn
    .getByLabel('File with values')
    .setInputFiles({ name: 'kaputt.csv', mimeType: 'text/csv', buffer: BROKEN });
  await uploadEn.getByRole('button', { name: 'Check' }).click();
  await uploadEn.getByText('The file was not accepted – nothing was stored.').waitFor();
  await uploadEn.getByText('The file was not imported: 4 problem(s). Nothing was stored.').waitFor();
  await uploadEn
    .getByRole('table', { name: 'Problems of the file' })
    .getByRole('row', { name: /6 whole row Gütersloh 2023 is already in row 2\./ })
    .waitFor();
  await uploadEn.getByRole('table', { name: 'Problems of the file' }).getByText('“viele” is not a number.').waitFor();
  await expectAccessible(page, 'Data and facts (en)');
  expectNoProblems(page);
  await coordinator.context.close();

  // A participant of the revision reads the pictures and the tables, without any form.
  const participant = await newPage(browser);
  const p = participant.page;
  await signIn(p, DEMO.participant);
  await openInventory(p);
  await p.getByRole('link', { name: NAME }).click();
  const read = p.getByRole('region', { name: NAME, exact: true });
  await read.getByRole('img', { name: /^Liniendiagramm .*1\.310,25 Personen/ }).waitFor();
  await read.getByRole('img', { name: /^Balkendiagramm .*1\.310,25 Personen/ }).waitFor();
  await read.getByRole('img', { name: /^Kartenraster .*1\.310,25 Personen/ }).waitFor();
  await read
    .getByRole('table', { name: `„${NAME}“ 2024 je Kommune` })
    .getByRole('cell', { name: '440 Personen' })
    .waitFor();
  expect(await p.getByRole('button', { name: 'Indikator anlegen' }).count()).toBe(0);
  expect(await read.getByRole('region', { name: 'Werte importieren' }).count()).toBe(0);
  expect(await read.getByRole('textbox').count()).toBe(0);
  expect(await read.getByRole('button', { name: /bearbeiten|löschen/ }).count()).toBe(0);
  await expectAccessible(p, 'Daten und Fakten (Teilnahme)');
  await p.setViewportSize({ width: 360, height: 800 });
  await expectFitsPhone(p);
  expectNoProblems(p);
  await participant.context.close();
});
