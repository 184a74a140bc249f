import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  demoRevisionId,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The Wegweiser Integration. A citizen, without signing in and on a 360 px
 * phone, looks for counselling in Arabic in Gütersloh: place and language
 * narrow the six demo offers down, a search word finds the MBE and not the
 * counselling for Ukrainians; the page speaks English, and the open data
 * (CSV, JSON) hold the offers. Members: the coordinator opens "Angebote und
 * Netzwerke", reads the gap view (empty cells marked) and creates an offer;
 * the Jobcenter's implementing actor confirms the Jobcenter's course and gets
 * no controls for the Caritas's offer. Every state passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The demo's implementing actor (Jobcenter Kreis Gütersloh), from DEMO_ACCOUNTS in libs/database/src/seed-demo.ts. */
const IMPLEMENTER = 'umsetzung@jobcenter-kreis-guetersloh.example';
const MBE = 'Migrationsberatung für Erwachsene (MBE)';
const UKRAINE = 'Beratung für Geflüchtete aus der Ukraine';
const CAFE = 'Sprachcafé im Stadtteilzentrum';
const COURSE = 'Berufssprachkurs B2';

async function revisionIdAsCoordinator(): Promise<string> {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const id = await demoRevisionId(page);
  await context.close();
  return id;
}

const noSidewaysScroll = async (page: Page, width: number) =>
  expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(width);

const offerTitles = async (page: Page) =>
  (
    await page
      .getByRole('region', { name: /^(Ergebnisse|Results)$/ })
      .getByRole('heading', { level: 3 })
      .allTextContents()
  ).sort();

test('a citizen finds counselling in Arabic in Gütersloh on a phone, in German and English, and downloads the open data', async () => {
  const revisionId = await revisionIdAsCoordinator();
  const { context, page } = await newPage(browser, { width: 360 });
  await page.goto(`/wegweiser/${revisionId}`);
  await heading(page, 'Wegweiser Integration').waitFor();
  const results = page.getByRole('region', { name: 'Ergebnisse' });
  const status = results.getByRole('status');
  await status.getByText('6 Angebote gefunden').waitFor();
  expect(await results.getByRole('article').count()).toBe(6);
  await noSidewaysScroll(page, 360);
  await expectAccessible(page, 'Wegweiser');

  // Place, then language: Gütersloh has the MBE, the Ukraine counselling, the Sprachcafé and the county-wide course.
  const search = page.getByRole('search', { name: 'Angebote suchen und filtern' });
  await search.getByLabel('Ort', { exact: true }).selectOption({ label: 'Gütersloh' });
  await status.getByText('4 Angebote gefunden').waitFor();
  expect(await offerTitles(page)).toEqual([COURSE, UKRAINE, MBE, CAFE].sort());
  await expectAccessible(page, 'Wegweiser: Gütersloh');
  await search.getByLabel('Sprache', { exact: true }).selectOption({ label: 'Arabisch' });
  await status.getByText('2 Angebote gefunden').waitFor();
  expect(await offerTitles(page)).toEqual([MBE, CAFE].sort());
  await noSidewaysScroll(page, 360);
  await expectAccessible(page, 'Wegweiser: Gütersloh, Arabisch');

  // A word: only the counselling.
  await search.getByLabel('Suche', { exact: true }).fill('Beratung');
  await status.getByText('1 Angebot gefunden').waitFor();
  expect(await offerTitles(page)).toEqual([MBE]);
  const card = results.getByRole('article', { name: MBE });
  await card.getByText('Beratung', { exact: true }).waitFor();
  await card.getByText('Caritasverband für den Kreis Gütersloh').waitFor();
  await card.getByText('Deutsch, Arabisch, Persisch (Farsi)').waitFor();
  await card.getByText('Stufenloser Zugang, Termine auch telefonisch').waitFor();
  await card.getByText(/^Zuletzt bestätigt am /).waitFor();
  expect(await card.getByRole('link', { name: /^E-Mail an / }).getAttribute('href')).toMatch(/^mailto:/);
  await noSidewaysScroll(page, 360);
  await expectAccessible(page, 'Wegweiser: Gütersloh, Arabisch, „Beratung“');

  // Without the language, the word finds the Ukraine counselling too; nothing found says so.
  await search.getByLabel('Sprache', { exact: true }).selectOption({ label: 'alle' });
  for (let tries = 0; !(await offerTitles(page)).includes(UKRAINE); tries++) {
    expect(tries).toBeLessThan(100);
    await page.waitForTimeout(50);
  }
  await search.getByLabel('Suche', { exact: true }).fill('Zauberkurs');
  await status.getByText('0 Angebote gefunden').waitFor();
  await results.getByText('Keine Angebote gefunden. Versuchen Sie es mit weniger Filtern.').waitFor();
  await expectAccessible(page, 'Wegweiser: nichts gefunden');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await status.getByText('6 Angebote gefunden').waitFor();

  // The open data.
  const downloads = page.getByRole('region', { name: 'Offene Daten' });
  expect(await downloads.getByRole('link', { name: 'Angebote als CSV herunterladen' }).getAttribute('href')).toBe(
    `/api/oeffentlich/wegweiser/${revisionId}/angebote.csv`,
  );
  expect(await downloads.getByRole('link', { name: 'Angebote als JSON herunterladen' }).getAttribute('href')).toBe(
    `/api/oeffentlich/wegweiser/${revisionId}/angebote.json`,
  );
  const csv = await page.request.get(`/api/oeffentlich/wegweiser/${revisionId}/angebote.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain(MBE);
  const json = await page.request.get(`/api/oeffentlich/wegweiser/${revisionId}/angebote.json`);
  expect(json.status()).toBe(200);
  expect(await json.text()).toContain(MBE);
  expectNoProblems(page);
  await context.close();

  // In English: the interface and the language names.
  const english = await newPage(browser, { locale: 'en-US', width: 360 });
  await english.page.goto(`/wegweiser/${revisionId}`);
  await heading(english.page, 'Integration guide').waitFor();
  const enResults = english.page.getByRole('region', { name: 'Results' });
  await enResults.getByRole('status').getByText('6 offers found').waitFor();
  const enSearch = english.page.getByRole('search', { name: 'Search and filter offers' });
  await enSearch.getByLabel('Place', { exact: true }).selectOption({ label: 'Gütersloh' });
  await enSearch.getByLabel('Language', { exact: true }).selectOption({ label: 'Arabic' });
  await enResults.getByRole('status').getByText('2 offers found').waitFor();
  await enResults.getByRole('article', { name: MBE }).getByText('German, Arabic, Persian (Farsi)').waitFor();
  await english.page
    .getByRole('region', { name: 'Open data' })
    .getByRole('link', { name: 'Download offers as CSV' })
    .waitFor();
  await noSidewaysScroll(english.page, 360);
  await expectAccessible(english.page, 'Wegweiser in English');
  expectNoProblems(english.page);
  await english.context.close();
});

test('the coordinator reads the gap view and adds an offer; the Jobcenter confirms only its own', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const revisionId = await demoRevisionId(page);
  await page.goto(`/fortschreibungen/${revisionId}`);
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Angebote und Netzwerke', exact: true })
    .click();
  await heading(page, 'Angebote, Netzwerke und Bedarfe').waitFor();
  expect(page.url()).toContain(`/fortschreibungen/${revisionId}/angebote`);
  const offers = page.getByRole('region', { name: 'Angebote', exact: true });
  await offers.getByText('6 Angebote', { exact: true }).waitFor();
  await offers.getByRole('article', { name: MBE }).waitFor();
  await page.getByRole('region', { name: 'Netzwerke' }).getByText('Netzwerk Sprache Kreis Gütersloh').waitFor();
  await page
    .getByRole('region', { name: 'Bedarfe' })
    .getByText('Kein Integrationskurs mit Kinderbetreuung in Verl', { exact: true })
    .waitFor();
  // A need becomes evidence of a recommendation of its field of action.
  const need = 'Dolmetschende für Arztbesuche fehlen kreisweit';
  const link = page
    .getByRole('region', { name: 'Bedarfe' })
    .getByLabel(`Als Beleg für eine Empfehlung verknüpfen: ${need}`);
  const choice = (await link.locator('option', { hasText: 'Sprachmittlung im Gesundheitswesen' }).textContent())!;
  await link.selectOption({ label: choice });
  await link.locator('xpath=ancestor::form').getByRole('button', { name: 'Verknüpfen' }).click();
  const reference = choice.split(' ')[0];
  await page.getByRole('status').getByText(`„${need}“ ist jetzt ein Beleg für ${reference}.`).waitFor();

  // The gap view: a picture whose name counts the empty cells, which are marked and say 0; the same as a table.
  const gaps = page.getByRole('region', { name: 'Lückenansicht', exact: true });
  const picture = gaps.getByRole('img', { name: /^Lückenansicht: \d+ von \d+ Feldern ohne Angebot$/ });
  await picture.waitFor();
  const [, empty, total] = /(\d+) von (\d+)/.exec((await picture.getAttribute('aria-label'))!)!.map(Number);
  expect(empty).toBeGreaterThan(0);
  expect(empty).toBeLessThan(total);
  const emptyCells = picture.locator('.offers-gap__cell--empty');
  expect(await emptyCells.count()).toBe(empty);
  expect(await emptyCells.first().textContent()).toBe('0');
  const table = gaps.getByRole('table', { name: 'Angebote je Handlungsfeld und Kommune als Tabelle' });
  expect(await table.getByRole('columnheader', { name: 'Verl', exact: true }).count()).toBe(1);
  await gaps.getByLabel('Zielgruppe', { exact: true }).selectOption({ index: 1 });
  await gaps.getByRole('img', { name: /^Lückenansicht: \d+ von \d+ Feldern ohne Angebot$/ }).waitFor();
  await expectAccessible(page, 'Angebote und Netzwerke');

  // A new offer of the Diakonie in Verl.
  const title = `Elterncafé Verl ${Date.now()}`;
  await offers.getByRole('button', { name: 'Neues Angebot' }).click();
  const form = offers.getByRole('form', { name: 'Neues Angebot' });
  await form.getByRole('button', { name: 'Angebot speichern' }).click();
  await form.getByText('Bitte ausfüllen.').first().waitFor();
  await form.getByLabel('Träger', { exact: true }).selectOption({ label: 'Diakonie Gütersloh' });
  await form.getByLabel('Art', { exact: true }).selectOption({ label: 'Treffpunkt' });
  await form.getByLabel('Titel', { exact: true }).fill(title);
  await form.getByLabel('Beschreibung').fill('Eltern treffen sich, Kinder spielen.');
  await form.getByRole('group', { name: 'Handlungsfelder' }).getByRole('checkbox').first().check();
  await form.getByRole('group', { name: 'Orte' }).getByLabel('Verl', { exact: true }).check();
  await form.getByRole('group', { name: 'Sprachen' }).getByLabel('Türkisch', { exact: true }).check();
  await form.getByLabel(/^E-Mail-Adresse für Kontakt/).fill('elterncafe@diakonie-guetersloh.example');
  await expectAccessible(page, 'Angebote und Netzwerke: neues Angebot');
  await form.getByRole('button', { name: 'Angebot speichern' }).click();
  await page.getByRole('status').getByText(`„${title}“ ist gespeichert.`).waitFor();
  const created = offers.getByRole('article', { name: title });
  await created.getByText('Diakonie Gütersloh').waitFor();
  await created.getByText('Deutsch, Türkisch').waitFor();
  await offers.getByText('7 Angebote', { exact: true }).waitFor();
  await expectAccessible(page, 'Angebote und Netzwerke: Angebot gespeichert');
  expectNoProblems(page);
  await context.close();

  // The Jobcenter's implementing actor: confirms its course, may not touch the Caritas's offer.
  const implementer = await newPage(browser);
  await signIn(implementer.page, IMPLEMENTER);
  await implementer.page.goto(`/fortschreibungen/${revisionId}/angebote`);
  await heading(implementer.page, 'Angebote, Netzwerke und Bedarfe').waitFor();
  const list = implementer.page.getByRole('region', { name: 'Angebote', exact: true });
  await list.getByRole('article', { name: MBE }).waitFor();
  await list.getByRole('button', { name: `„${COURSE}“ als aktuell bestätigen` }).click();
  await implementer.page.getByRole('status').getByText(`„${COURSE}“ ist als aktuell bestätigt.`).waitFor();
  const mbe = list.getByRole('article', { name: MBE });
  expect(await mbe.getByRole('button').count()).toBe(0);
  expect(await list.getByRole('button', { name: `„${MBE}“ bearbeiten` }).count()).toBe(0);
  expect(await list.getByRole('button', { name: `„${COURSE}“ bearbeiten` }).count()).toBe(1);
  // Networks and needs are the coordination's.
  expect(await implementer.page.getByRole('button', { name: 'Neues Netzwerk' }).count()).toBe(0);
  expect(await implementer.page.getByRole('button', { name: 'Bedarf erfassen' }).count()).toBe(0);
  await expectAccessible(implementer.page, 'Angebote und Netzwerke: Umsetzungsakteur');
  expectNoProblems(implementer.page);
  await implementer.context.close();
});
