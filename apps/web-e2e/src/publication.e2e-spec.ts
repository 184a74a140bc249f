import type { Browser, Page } from 'playwright-core';
import { readPdf } from '../../../libs/testing/src/read-pdf';
import {
  DEMO,
  demoRevisionId,
  expectAccessible,
  expectNoProblems,
  graphql,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The end of the demo revision: the coordinator opens "Veröffentlichung" from
 * the revision's navigation and makes version 1 final; round 1 is still open,
 * so that is refused until a reason is given. She records the Kreistag's
 * resolution, publishes, and follows the PDF, Word file and open data being
 * built until all four can be downloaded. Without signing in, everyone reads
 * the concept: resolution, contents, chapters and the recommendations,
 * filtered by field of action and by a word; the PDF and the JSON are
 * downloaded; the list of published concepts names it. The public page passes
 * axe in every state, fits a phone, speaks English, is usable by keyboard
 * (skip link, contents) and prints without filters, downloads and contents.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const REFERENCE = 'Drucksache 37/2027';
const REASON = 'Der Kreistag tagt vor dem Ende der Runde; die Anmerkungen fließen in die nächste Fortschreibung ein.';

interface Published {
  publishedConcept: {
    title: string;
    fieldsOfAction: { id: string; title: string }[];
    recommendations: { reference: string; title: string; fieldOfAction: { id: string } }[];
  };
}

/** Polls the page (evaluate, as the CSP forbids waitForFunction with a string) until `script` is true. */
async function until(page: Page, script: string): Promise<void> {
  for (let tries = 0; !(await page.evaluate(script)); tries++) {
    expect(tries).toBeLessThan(100);
    await page.waitForTimeout(50);
  }
}

/** For each chapter: its text's headings start one level below the chapter's heading. */
const CHAPTER_HEADINGS_NEST = `[...document.querySelectorAll('main section[aria-labelledby^="kapitel-"]')].map((s) => {
  const own = Number(document.getElementById(s.getAttribute('aria-labelledby')).tagName[1]);
  const inner = [...s.querySelectorAll('h1, h2, h3, h4, h5, h6')].slice(1).map((h) => Number(h.tagName[1]));
  return inner.length === 0 || Math.min(...inner) === own + 1;
})`;

const countText = (n: number) => `${n} ${n === 1 ? 'Handlungsempfehlung' : 'Handlungsempfehlungen'}`;

test('the coordinator makes version 1 final, records the resolution and publishes the concept for everyone', async () => {
  const coordinator = await newPage(browser);
  const page = coordinator.page;
  await signIn(page, DEMO.coordinator);
  const revisionId = await demoRevisionId(page);
  const { conceptDraft } = await graphql<{ conceptDraft: { versions: { id: string; number: number }[] } }>(
    page,
    'query ($r: ID!) { conceptDraft(revisionId: $r) { versions { id number } } }',
    { r: revisionId },
  );
  const first = conceptDraft.versions.find((v) => v.number === 1)!;

  await page.goto(`/fortschreibungen/${revisionId}`);
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Veröffentlichung', exact: true })
    .click();
  await heading(page, 'Endfassung, Beschluss und Veröffentlichung').waitFor();
  expect(page.url()).toContain(`/fortschreibungen/${revisionId}/veroeffentlichung`);
  await page.getByText('Noch keine Fassung ist als Endfassung festgelegt.').waitFor();
  await expectAccessible(page, 'Veröffentlichung: noch keine Endfassung');

  // Round 1 is open: without a reason the version is not made final, and the page says why.
  const finalise = page.getByRole('region', { name: 'Endfassung festlegen' });
  await finalise.getByLabel('Fassung', { exact: true }).selectOption(first.id);
  await finalise.getByRole('button', { name: 'Als Endfassung festlegen' }).click();
  await finalise
    .getByRole('alert')
    .getByText(/^Es laufen noch Abstimmungsrunden/)
    .waitFor();
  await expectAccessible(page, 'Veröffentlichung: Abstimmungsrunden laufen noch');

  await finalise.getByLabel(/^Grund, falls noch Abstimmungsrunden laufen/).fill(REASON);
  await finalise.getByRole('button', { name: 'Als Endfassung festlegen' }).click();
  await finalise.getByRole('status').getByText('Fassung 1 ist die Endfassung.').waitFor();
  const state = page.getByRole('region', { name: 'Stand' });
  await state.getByText(/^Fassung 1, festgelegt am /).waitFor();
  await state.getByText(REASON).waitFor();
  expect(await finalise.getByRole('alert').count()).toBe(0);
  await expectAccessible(page, 'Veröffentlichung: Endfassung festgelegt');

  // The resolution; only an adopted concept can be published.
  const adoption = page.getByRole('region', { name: 'Beschluss' });
  const publish = adoption.getByRole('button', { name: 'Veröffentlichen' });
  expect(await publish.count()).toBe(0);
  expect(await adoption.getByLabel('Gremium').inputValue()).toBe('Kreistag');
  await adoption.getByLabel('Datum des Beschlusses').fill('2027-03-18');
  await adoption.getByLabel(/^Aktenzeichen oder Drucksache/).fill(REFERENCE);
  await adoption.getByLabel('Ergebnis').selectOption({ label: 'beschlossen' });
  await adoption.getByRole('button', { name: 'Beschluss speichern' }).click();
  await publish.waitFor();
  await state.getByText(`Kreistag, 18.03.2027, ${REFERENCE}: beschlossen`).waitFor();
  await expectAccessible(page, 'Veröffentlichung: beschlossen');

  // Published: the four documents are built by the worker, with their progress in the page.
  await publish.click();
  const documents = page.getByRole('region', { name: 'Dokumente der Endfassung' });
  await documents.getByRole('listitem').first().waitFor();
  expect(await documents.getByRole('progressbar').count()).toBe(4);
  const links = documents.getByRole('link');
  // Up to 150 s: on a busy machine the worker builds the PDF beside every other browser test's jobs.
  for (let tries = 0; (await links.count()) < 4; tries++) {
    expect(tries).toBeLessThan(300);
    await page.waitForTimeout(500);
  }
  const names = await links.allTextContents();
  for (const ext of ['pdf', 'docx', 'json', 'csv'])
    expect(names.some((n) => n.toLowerCase().includes(`.${ext}`))).toBe(true);
  expect(await documents.getByText('Der Export ist fertig.', { exact: false }).count()).toBe(4);
  await expectAccessible(page, 'Veröffentlichung: Dokumente fertig');
  expectNoProblems(page);

  await state.getByRole('link', { name: 'Öffentliche Seite öffnen' }).click();
  await page.waitForURL(`**/konzepte/${revisionId}`);
  await page.getByRole('region', { name: 'Handlungsempfehlungen', exact: true }).waitFor();
  await coordinator.context.close();

  // Everyone, without signing in.
  const { context, page: reader } = await newPage(browser);
  const { publishedConcept } = await graphql<Published>(
    reader,
    `
      query ($r: ID!) {
        publishedConcept(revisionId: $r) {
          title
          fieldsOfAction {
            id
            title
          }
          recommendations {
            reference
            title
            fieldOfAction {
              id
            }
          }
        }
      }
    `,
    { r: revisionId },
  );
  const all = publishedConcept.recommendations;
  expect(all.length).toBeGreaterThan(1);
  await reader.goto(`/konzepte/${revisionId}`);
  await heading(reader, publishedConcept.title).waitFor();
  await reader.getByText(`Kreistag am 18.03.2027 (${REFERENCE}): beschlossen`, { exact: false }).waitFor();
  const contents = reader.getByRole('navigation', { name: 'Inhalt' });
  const chapterLinks = contents.getByRole('link');
  expect(await chapterLinks.count()).toBeGreaterThan(1);
  const firstChapter = (await chapterLinks.first().textContent())!;
  // The inventory's figures in "Daten und Fakten": the table and, drawn from it, a bar chart named by its top value.
  const facts = reader.getByRole('region', { name: 'Daten und Fakten', exact: true });
  await facts.getByRole('columnheader', { name: 'Kommune' }).waitFor();
  await facts
    .getByRole('img', {
      name: /^Balkendiagramm „Ausländische Bevölkerung“: 13 Kommunen, am höchsten Gütersloh mit 22\.650 Personen\.$/,
    })
    .waitFor();
  await reader.getByRole('heading', { name: firstChapter, exact: true }).waitFor();
  const recommendations = reader.getByRole('region', { name: 'Handlungsempfehlungen', exact: true });
  const count = recommendations.getByRole('status');
  await count.getByText(countText(all.length)).waitFor();
  expect(await recommendations.getByRole('article').count()).toBe(all.length);
  await expectAccessible(reader, 'Öffentliches Konzept');
  // The chapters' own headings (Ziele, Handlungsempfehlungen, …) nest under the chapter's heading, none skipped.
  const nesting = (await reader.evaluate(CHAPTER_HEADINGS_NEST)) as boolean[];
  expect(nesting.length).toBeGreaterThan(1);
  expect(nesting.filter((ok) => !ok)).toEqual([]);

  // Filtered by a field of action that does not hold every recommendation, then by a word.
  const field = publishedConcept.fieldsOfAction.find((f) => {
    const n = all.filter((r) => r.fieldOfAction.id === f.id).length;
    return n > 0 && n < all.length;
  })!;
  const inField = all.filter((r) => r.fieldOfAction.id === field.id);
  // The chart of recommendations per field: its name gives the total, its table the figure of each field.
  await recommendations
    .getByRole('img', { name: new RegExp(`^Balkendiagramm: ${all.length} Handlungsempfehlungen in `) })
    .waitFor();
  await expect(
    recommendations.getByRole('row', { name: new RegExp(`^${field.title} ${inField.length}$`) }).count(),
  ).resolves.toBe(1);
  await recommendations.getByLabel('Handlungsfeld', { exact: true }).selectOption({ label: field.title });
  await count.getByText(countText(inField.length)).waitFor();
  expect(await recommendations.getByRole('article').count()).toBe(inField.length);
  await expectAccessible(reader, 'Öffentliches Konzept: nach Handlungsfeld gefiltert');
  await recommendations.getByLabel('Handlungsfeld', { exact: true }).selectOption({ label: 'alle' });
  await count.getByText(countText(all.length)).waitFor();
  const word = all[0].title.split(/\s+/).find((w) => w.length > 6)!;
  const withWord = all.filter((r) => r.title.toLowerCase().includes(word.toLowerCase()));
  await recommendations.getByLabel('Suche in den Empfehlungen').fill(word);
  await count.getByText(/^\d+ Handlungsempfehlung/).waitFor();
  for (let tries = 0; (await recommendations.getByRole('article').count()) === all.length; tries++) {
    expect(tries).toBeLessThan(100);
    await reader.waitForTimeout(50);
  }
  const found = await recommendations.getByRole('article').count();
  expect(found).toBeGreaterThanOrEqual(withWord.length);
  expect(found).toBeLessThan(all.length);
  await count.getByText(countText(found)).waitFor();
  await recommendations.getByRole('heading', { name: `${all[0].reference} ${all[0].title}` }).waitFor();
  await expectAccessible(reader, 'Öffentliches Konzept: nach Wort gesucht');
  await recommendations.getByLabel('Suche in den Empfehlungen').fill('');
  await count.getByText(countText(all.length)).waitFor();

  // The downloads: the PDF holds the recommendations, the open data parse.
  const downloads = reader.getByRole('region', { name: 'Herunterladen' });
  const pdfLink = downloads.getByRole('link', { name: /^PDF/ });
  expect(await pdfLink.getAttribute('href')).toBe(`/api/oeffentlich/konzepte/${revisionId}/pdf`);
  const pdfFile = await reader.request.get(`/api/oeffentlich/konzepte/${revisionId}/pdf`);
  expect(pdfFile.status()).toBe(200);
  expect(pdfFile.headers()['content-type']).toBe('application/pdf');
  const pdf = await readPdf(Buffer.from(await pdfFile.body()));
  expect(pdf.pages.join(' ').replace(/\s+/g, ' ')).toContain(all[0].reference);
  const jsonFile = await reader.request.get(`/api/oeffentlich/konzepte/${revisionId}/json`);
  expect(jsonFile.status()).toBe(200);
  const json = JSON.parse(await jsonFile.text()) as { recommendations?: unknown[] };
  expect(Array.isArray(json.recommendations)).toBe(true);
  expect(json.recommendations!.length).toBe(all.length);
  for (const format of ['docx', 'csv'])
    expect((await reader.request.get(`/api/oeffentlich/konzepte/${revisionId}/${format}`)).status()).toBe(200);
  const schema = await reader.request.get('/api/oeffentlich/schema/handlungsempfehlungen.json');
  expect(schema.status()).toBe(200);

  // By keyboard: the skip link goes to the content, a contents link to its chapter.
  await reader.reload();
  await heading(reader, publishedConcept.title).waitFor();
  await reader.keyboard.press('Tab');
  await expect(reader.evaluate('document.activeElement?.textContent')).resolves.toBe('Zum Inhalt springen');
  await reader.keyboard.press('Enter');
  await expect(reader.evaluate('document.activeElement?.id')).resolves.toBe('main');
  const chapterLink = chapterLinks.nth(1);
  const target = (await chapterLink.getAttribute('href'))!.slice(1);
  await chapterLink.focus();
  await reader.keyboard.press('Enter');
  await until(reader, `document.activeElement?.id === ${JSON.stringify(target)}`);
  const recommendationsLink = contents.getByRole('link', { name: 'Handlungsempfehlungen' });
  await recommendationsLink.focus();
  await reader.keyboard.press('Enter');
  await until(
    reader,
    `document.activeElement?.id === ${JSON.stringify((await recommendationsLink.getAttribute('href'))!.slice(1))}`,
  );
  expect(new URL(reader.url()).pathname).toBe(`/konzepte/${revisionId}`);

  // On paper: the text and the recommendations, without filters, downloads and contents.
  await reader.emulateMedia({ media: 'print' });
  await expect(contents.isVisible()).resolves.toBe(false);
  await expect(downloads.isVisible()).resolves.toBe(false);
  await expect(reader.getByRole('search').isVisible()).resolves.toBe(false);
  await expect(heading(reader, publishedConcept.title).isVisible()).resolves.toBe(true);
  await expect(recommendations.getByRole('article').first().isVisible()).resolves.toBe(true);
  await reader.emulateMedia({ media: 'screen' });
  await expect(contents.isVisible()).resolves.toBe(true);

  // The list of published concepts names it.
  await reader.goto('/konzepte');
  await heading(reader, 'Veröffentlichte Integrationskonzepte').waitFor();
  await reader.getByRole('link', { name: publishedConcept.title }).click();
  await heading(reader, publishedConcept.title).waitFor();
  await reader.goto('/konzepte');
  await heading(reader, 'Veröffentlichte Integrationskonzepte').waitFor();
  await expectAccessible(reader, 'Veröffentlichte Konzepte');
  expectNoProblems(reader);
  await context.close();

  // On a phone, the public page fits the screen.
  const phone = await newPage(browser, { width: 360 });
  await phone.page.goto(`/konzepte/${revisionId}`);
  await heading(phone.page, publishedConcept.title).waitFor();
  await phone.page
    .getByRole('region', { name: 'Handlungsempfehlungen', exact: true })
    .getByRole('article')
    .first()
    .waitFor();
  await expect(phone.page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(phone.page, 'Öffentliches Konzept auf dem Telefon');
  // A 1280 × 900 window at 200 % zoom lays the page out in 640 × 450 CSS pixels: nothing scrolls sideways.
  await phone.page.setViewportSize({ width: 640, height: 450 });
  await expect(phone.page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(640);
  await expectAccessible(phone.page, 'Öffentliches Konzept bei 200 % Zoom');
  expectNoProblems(phone.page);
  await phone.context.close();

  // In English.
  const english = await newPage(browser, { locale: 'en-US' });
  await english.page.goto(`/konzepte/${revisionId}`);
  await heading(english.page, publishedConcept.title).waitFor();
  await english.page.getByRole('navigation', { name: 'Contents' }).waitFor();
  const en = english.page.getByRole('region', { name: 'Recommendations', exact: true });
  await en.getByRole('status').getByText(`${all.length} recommendations`).waitFor();
  await english.page.getByRole('region', { name: 'Download' }).getByRole('link', { name: /^PDF/ }).waitFor();
  await expectAccessible(english.page, 'Published concept in English');
  expectNoProblems(english.page);
  await english.context.close();
}, 300_000);
