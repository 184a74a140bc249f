import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_PASSWORD,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The feasibility check with the demo data: the coordinator reads the matrix
 * (AW-01 open for the Jobcenter, answered by the Volkshochschule) and asks the
 * Jobcenter about AW-02; the Jobcenter's implementing actor answers AW-01 on a
 * phone, first without the reason the API requires, then with it; the
 * coordinator sees the answer and exports the recommendations as XLSX from
 * the recommendations page.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const IMPLEMENTER = 'umsetzung@jobcenter-kreis-guetersloh.example';
const JOBCENTER = 'Jobcenter Kreis Gütersloh';
const VHS = 'Volkshochschule Reckenberg-Ems';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** From the overview through the revision's navigation, like someone who did not follow the e-mail's link. */
async function openFeasibility(page: Page) {
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Umsetzbarkeit' })
    .click();
  await heading(page, 'Umsetzbarkeitsprüfung').waitFor();
}

/** The cell of the matrix in a recommendation's row and an organisation's column. */
async function matrixCell(page: Page, reference: string, organisation: string): Promise<Locator> {
  const table = page.getByRole('region', { name: 'Umsetzbarkeit je Handlungsempfehlung und Organisation' });
  await table.getByRole('row', { name: new RegExp(reference) }).waitFor();
  const columns = await table.locator('thead th').allTextContents();
  const column = columns.indexOf(organisation);
  expect(column).toBeGreaterThan(0);
  return table
    .getByRole('row', { name: new RegExp(reference) })
    .locator('th, td')
    .nth(column);
}

async function expectFocused(page: Page, element: Locator) {
  const id = await element.getAttribute('id');
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe(id);
}

/** A calendar day from today, as the date input takes it. */
function daysAhead(days: number): { iso: string; german: string } {
  const day = new Date(Date.now() + days * 86_400_000);
  const iso = day.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, german: `${d}.${m}.${y}` };
}

test('feasibility: the coordinator asks, the Jobcenter answers, the coordinator sees it and exports', async () => {
  // (a) The coordinator reads the matrix and asks the Jobcenter about AW-02.
  const coordinator = await newPage(browser);
  const page = coordinator.page;
  await signIn(page, DEMO.coordinator);
  await openFeasibility(page);
  const feasibilityUrl = page.url();
  expect(feasibilityUrl).toMatch(/\/fortschreibungen\/[0-9a-f-]+\/umsetzbarkeit$/);
  await expect((await matrixCell(page, 'AW-01', JOBCENTER)).innerText()).resolves.toContain('offen (Frist 11.12.2026)');
  const vhs = await matrixCell(page, 'AW-01', VHS);
  await expect(vhs.innerText()).resolves.toContain('mit Bedingungen');
  await vhs.getByText('Begründung').click();
  await vhs.getByText('Umsetzbar, wenn die Kommunen Räume stellen.').waitFor();
  await page.getByText('1 von 2 Antworten').waitFor();
  await expectAccessible(page, 'Umsetzbarkeit (Koordination)');

  // Sending without a choice names what is missing, at the fields.
  await page.getByRole('button', { name: 'Anfrage senden' }).click();
  await page.getByText('Bitte wählen Sie mindestens eine Handlungsempfehlung.').waitFor();
  await page.getByText('Bitte wählen Sie mindestens eine Organisation.').waitFor();
  await page.getByText('Bitte geben Sie eine Frist als Datum an.').waitFor();
  const firstChoice = page.getByRole('group', { name: 'Handlungsempfehlungen' }).getByRole('checkbox').first();
  await expectFocused(page, firstChoice);
  await expectAccessible(page, 'Umsetzbarkeit anfragen mit Fehlern');

  const deadline = daysAhead(14);
  await page.getByRole('checkbox', { name: /AW-02 Ausbildungspatenschaften/ }).check();
  await page.getByRole('checkbox', { name: JOBCENTER, exact: true }).check();
  await page.getByLabel('Frist', { exact: true }).fill(deadline.iso);
  await expect(page.getByRole('checkbox', { name: '7 Tage vorher' }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('checkbox', { name: '1 Tag vorher' }).isChecked()).resolves.toBe(true);
  await page.getByLabel(/Nachricht an die Organisationen/).fill('Bitte bis Mitte des Monats, danke!');
  await page.getByRole('button', { name: 'Anfrage senden' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Die Anfrage ist verschickt.' });
  await sent.getByText('1 neue Prüfung angelegt.').waitFor();
  await expect((await matrixCell(page, 'AW-02', JOBCENTER)).innerText()).resolves.toContain(
    `offen (Frist ${deadline.german})`,
  );
  await expectAccessible(page, 'Umsetzbarkeit nach der Anfrage');
  expectNoProblems(page);

  // (b) The Jobcenter's implementing actor answers AW-01 on a phone.
  const actor = await newPage(browser, { width: 360 });
  await signIn(actor.page, IMPLEMENTER);
  await openFeasibility(actor.page);
  await actor.page.getByRole('heading', { level: 2, name: 'Anfragen an Ihre Organisation' }).waitFor();
  const open = actor.page.getByRole('region', { name: 'Offene Anfragen' });
  const aw01 = open.getByRole('listitem').filter({ has: actor.page.getByRole('heading', { name: /AW-01/ }) });
  const aw02 = open.getByRole('listitem').filter({ has: actor.page.getByRole('heading', { name: /AW-02/ }) });
  await aw01.getByText('Bitte prüfen Sie, ob Ihre Organisation die Empfehlung umsetzen kann.').waitFor();
  await aw02.getByText('Bitte bis Mitte des Monats, danke!').waitFor();
  await aw01.getByText(/Eine aufsuchende Anerkennungsberatung/).waitFor();
  await expectAccessible(actor.page, 'Anfragen an Ihre Organisation (360 px)');

  await aw01.getByRole('radio', { name: 'nicht umsetzbar' }).check();
  await aw01.getByRole('button', { name: 'Antwort senden' }).click();
  const reason = aw01.getByRole('textbox', { name: 'Begründung' });
  await aw01.getByText(/Die Eingaben sind nicht gültig: Begründung: bei „nicht umsetzbar“/).waitFor();
  await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
  await expectFocused(actor.page, reason);
  await expectAccessible(actor.page, 'Antwort ohne Begründung');

  await reason.fill('Das Jobcenter hat dafür in den kleinen Kommunen kein Personal.');
  await aw01.getByRole('button', { name: 'Antwort senden' }).click();
  await aw01.getByRole('status').filter({ hasText: 'Ihre Antwort ist gespeichert.' }).waitFor();
  await aw01.getByRole('definition').filter({ hasText: 'nicht umsetzbar' }).waitFor();
  await aw01.getByRole('button', { name: /Antwort ändern/ }).waitFor();
  await expectAccessible(actor.page, 'Antwort gespeichert (360 px)');
  await expect(actor.page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  expectNoProblems(actor.page);
  await actor.context.close();

  // (c) The coordinator sees the answer, also on a phone-sized screen, and exports the recommendations.
  await page.reload();
  await heading(page, 'Umsetzbarkeitsprüfung').waitFor();
  const answered = await matrixCell(page, 'AW-01', JOBCENTER);
  await expect(answered.innerText()).resolves.toContain('nicht umsetzbar');
  await answered.getByText('Begründung').click();
  await answered.getByText('Das Jobcenter hat dafür in den kleinen Kommunen kein Personal.').waitFor();
  await page.getByText('2 von 3 Antworten').waitFor();

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page, 'Umsetzbarkeit mit Antwort (360 px)');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The export belongs to all recommendations, so it lives on their list, not here.
  await expect(page.getByRole('region', { name: 'Export', exact: true }).count()).resolves.toBe(0);
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Empfehlungen' })
    .click();
  await heading(page, 'Handlungsempfehlungen').waitFor();
  const exportPanel = page.getByRole('region', { name: 'Export', exact: true });
  await exportPanel.getByRole('button', { name: 'Als Excel (XLSX) exportieren' }).click();
  await exportPanel.getByText(/Empfehlungen\. Der Export ist fertig\./).waitFor({ timeout: 60_000 });
  await expect(exportPanel.getByRole('progressbar', { name: 'Fortschritt des Exports' }).count()).resolves.toBe(1);
  const download = exportPanel.getByRole('link', { name: /\.xlsx herunterladen/ }).first();
  const href = await download.getAttribute('href');
  expect(href).toMatch(/^\/api\/exports\/[0-9a-f-]+\/download$/);
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe(XLSX);
  // An XLSX file is a ZIP archive.
  expect((await file.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  await expectAccessible(page, 'Empfehlungen mit fertigem Export');
  expectNoProblems(page);
  await coordinator.context.close();
});

test('a participant learns that no requests wait for them', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.participant);
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  // The navigation offers the page only to those who work on it; the link from an e-mail still leads somewhere sensible.
  await expect(page.getByRole('link', { name: 'Umsetzbarkeit' }).count()).resolves.toBe(0);
  await page.goto(`${page.url()}/umsetzbarkeit`);
  await heading(page, 'Umsetzbarkeitsprüfung').waitFor();
  await page.getByText('Für Sie liegen in dieser Fortschreibung keine Anfragen zur Umsetzbarkeit vor.').waitFor();
  await expect(page.getByRole('region', { name: 'Export', exact: true }).count()).resolves.toBe(0);
  await expectAccessible(page, 'Umsetzbarkeit (Teilnehmende)');
  expectNoProblems(page);
  await context.close();
});

test('the implementing actor’s page in English is complete and accessible', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB' });
  await page.goto('/anmelden');
  await page.getByLabel('E-mail address').fill(IMPLEMENTER);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'Overview').waitFor();
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page.getByRole('link', { name: 'Feasibility', exact: true }).click();
  await heading(page, 'Feasibility check').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Requests to your organisation' }).waitFor();
  await page.getByRole('region', { name: 'Open requests' }).waitFor();
  await page.getByRole('region', { name: 'Answered and closed requests' }).waitFor();
  await expectAccessible(page, 'Feasibility (implementing actor, en)');
  expectNoProblems(page);
  await context.close();
});
