import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_PASSWORD,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
} from './support';

/**
 * The first day of a coordinator: sign in by keyboard, see the demo revision
 * on its timeline, start a new revision, plan and advance its phases, invite a
 * participant and a municipal reviewer, follow the invitation from the
 * Postausgang and accept it as the invited person. Every page passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signInByKeyboard(page: Page, email: string) {
  await page.goto('/');
  await heading(page, 'Anmelden').waitFor();
  await expectAccessible(page, 'Anmelden');
  await page.getByLabel('E-Mail-Adresse').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await heading(page, 'Übersicht').waitFor();
}

test('coordinator: timeline, new revision, phases, invitations, audit log, Postausgang', async () => {
  const { context, page } = await newPage(browser);
  await signInByKeyboard(page, DEMO.coordinator);
  await expectAccessible(page, 'Übersicht');

  // The demo revision and its timeline picture.
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  const timeline = page.getByRole('img', { name: /Zeitplan der fünf Phasen/ });
  await timeline.waitFor();
  await expect(page.getByRole('table', { name: /Zeitplan der Phasen als Tabelle/ }).count()).resolves.toBe(1);
  await expectAccessible(page, 'Überblick der Fortschreibung');

  // A new revision continuing the demo one.
  await page.goto('/');
  await page.getByRole('button', { name: 'Neue Fortschreibung anlegen' }).click();
  await page.getByLabel('Titel').fill('Fortschreibung 2029–2031');
  await page.getByLabel('Setzt fort').selectOption({ label: DEMO_REVISION });
  await expectAccessible(page, 'Übersicht mit Formular');
  await page.getByRole('button', { name: 'Fortschreibung anlegen', exact: true }).click();
  await heading(page, 'Fortschreibung 2029–2031').waitFor();
  const revisionUrl = page.url();

  // Carried over contents.
  await page.goto(`${revisionUrl}/inhalte`);
  await heading(page, /Inhalte/).waitFor();
  await page.getByText('Sprache und Bildung').first().waitFor();
  await expectAccessible(page, 'Inhalte');

  // Plan and advance phases.
  await page.goto(`${revisionUrl}/phasen`);
  await heading(page, /Phasen verwalten/).waitFor();
  await expectAccessible(page, 'Phasen verwalten');
  const inventory = page.getByRole('region', { name: /1\. Bestandsaufnahme/ });
  await inventory.getByLabel('Geplanter Beginn').fill('2029-01-08');
  await inventory.getByLabel('Geplantes Ende').fill('2029-04-30');
  await inventory.getByRole('button', { name: 'Termine speichern' }).click();
  await inventory.getByText(/Gespeichert/).waitFor();

  const survey = page.getByRole('region', { name: /2\. Online-Umfrage und Interviews/ });
  await survey.getByRole('button', { name: 'Phase beginnen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Phase beginnen' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /kann erst beginnen/ })
    .waitFor();

  await inventory.getByRole('button', { name: 'Phase beginnen' }).click();
  await expectAccessible(page, 'Bestätigungsdialog');
  await dialog.getByRole('button', { name: 'Phase beginnen' }).click();
  await page.getByRole('status').filter({ hasText: 'Die Phase „Bestandsaufnahme“ hat begonnen.' }).waitFor();
  await survey.getByRole('button', { name: 'Phase beginnen' }).click();
  await dialog.getByRole('button', { name: 'Phase beginnen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Die Phase „Online-Umfrage und Interviews“ hat begonnen.' })
    .waitFor();
  await survey.getByText('aktiv').first().waitFor();

  // Invite a participant and a municipal reviewer.
  await page.goto(`${revisionUrl}/mitglieder`);
  await heading(page, /Mitglieder und Einladungen/).waitFor();
  await expectAccessible(page, 'Mitglieder und Einladungen');
  await page.getByLabel('E-Mail-Adresse').fill('neue.teilnehmerin@awo.example');
  await page.getByLabel('Rolle').selectOption({ label: 'Teilnehmende*r' });
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await page.getByText('Die Einladung an neue.teilnehmerin@awo.example ist verschickt.').waitFor();
  await page.getByLabel('E-Mail-Adresse').fill('pruefung@verl.example');
  await page.getByLabel('Rolle').selectOption({ label: 'Prüfung für die Kommune' });
  await page.getByLabel('Kommune').selectOption({ label: 'Verl' });
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await page.getByText('Die Einladung an pruefung@verl.example ist verschickt.').waitFor();
  await page.getByRole('cell', { name: 'pruefung@verl.example' }).first().waitFor();

  // The audit log shows what happened.
  await page.goto(`${revisionUrl}/protokoll`);
  await heading(page, /Protokoll/).waitFor();
  await page.getByText('Einladung verschickt').nth(1).waitFor();
  await expect(page.getByText('Phase begonnen').count()).resolves.toBe(2);
  await expect(page.getByText('Einladung verschickt').count()).resolves.toBe(2);
  await expectAccessible(page, 'Protokoll');

  // The Postausgang holds the invitation; its link leads to the acceptance page.
  await page.goto('/postausgang');
  await heading(page, 'Postausgang').waitFor();
  await expectAccessible(page, 'Postausgang');
  const message = page.getByRole('listitem').filter({ hasText: 'pruefung@verl.example' }).first();
  await message.getByText('Text der Nachricht').click();
  const link = await message
    .getByRole('link', { name: /\/einladung\// })
    .first()
    .getAttribute('href');
  expect(link).toMatch(/\/einladung\/[A-Za-z0-9_-]+$/);
  expectNoProblems(page);

  await page.getByRole('button', { name: 'Abmelden' }).click();
  await heading(page, 'Anmelden').waitFor();
  await context.close();

  // The invited reviewer accepts and lands in the revision, bound to Verl.
  const invited = await newPage(browser);
  await invited.page.goto(new URL(link!, 'http://localhost').pathname);
  await heading(invited.page, 'Einladung annehmen').waitFor();
  await invited.page.getByText('Verl', { exact: true }).first().waitFor();
  await expectAccessible(invited.page, 'Einladung annehmen');
  await invited.page.getByLabel('Ihr Name').fill('Vera Verl');
  await invited.page.getByLabel('Neues Passwort', { exact: true }).fill('verl-pruefung-2029');
  await invited.page.getByLabel('Neues Passwort wiederholen').fill('verl-pruefung-2029');
  await invited.page.getByRole('button', { name: 'Einladung annehmen' }).click();
  await heading(invited.page, 'Übersicht').waitFor();
  await invited.page.getByRole('link', { name: 'Fortschreibung 2029–2031' }).first().waitFor();
  expectNoProblems(invited.page);
  await invited.context.close();
});

test('the interface switches to English, and the pages stay accessible', async () => {
  const { context, page } = await newPage(browser);
  await signInByKeyboard(page, DEMO.reviewer);
  await page.getByRole('button', { name: /English/ }).click();
  await heading(page, 'Overview').waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expectAccessible(page, 'Overview (en)');
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await page.getByRole('img', { name: /schedule/i }).waitFor();
  await expectAccessible(page, 'Revision dashboard (en)');
  await context.close();
});

test('a wrong password and an unknown page are explained', async () => {
  const { context, page } = await newPage(browser);
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(DEMO.participant);
  await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('alert').filter({ hasText: 'E-Mail-Adresse oder Passwort ist falsch.' }).waitFor();
  await expectAccessible(page, 'Anmelden mit Fehler');
  await page.goto('/passwort-vergessen');
  await heading(page, 'Passwort vergessen').waitFor();
  await expectAccessible(page, 'Passwort vergessen');
  await page.goto('/passwort-zuruecksetzen/abgelaufen');
  await heading(page, 'Neues Passwort vergeben').waitFor();
  await expectAccessible(page, 'Passwort zurücksetzen');
  await page.goto('/einladung/ungueltig');
  await page.getByText(/ungültig, abgelaufen oder wurde bereits verwendet/).waitFor();
  await expectAccessible(page, 'Ungültige Einladung');
  await page.goto('/gibt-es-nicht');
  await heading(page, 'Seite nicht gefunden').waitFor();
  await expectAccessible(page, 'Seite nicht gefunden');
  expectNoProblems(page);
  await context.close();
});

test('admin: creates a region with its municipalities and reads the Postausgang', async () => {
  const { context, page } = await newPage(browser);
  await signInByKeyboard(page, DEMO.admin);
  await expectAccessible(page, 'Übersicht (admin)');
  await page.getByRole('button', { name: 'Region anlegen' }).first().click();
  await page.getByLabel('Name der Region').fill('Kreis Herford');
  await page.getByLabel('Art der Region').selectOption({ label: 'Kreis' });
  await page.getByRole('button', { name: 'Kommune hinzufügen' }).click();
  const first = page.getByRole('group', { name: 'Kommune 1' });
  await first.getByLabel('Name', { exact: true }).fill('Bünde');
  await expectAccessible(page, 'Neue Region');
  await page.getByRole('button', { name: 'Region anlegen', exact: true }).last().click();
  await page.getByText('Die Region „Kreis Herford“ ist angelegt.').waitFor();
  await page
    .getByRole('heading', { name: /Kreis Herford/ })
    .first()
    .waitFor();
  await page.goto('/postausgang');
  await heading(page, 'Postausgang').waitFor();
  await expectAccessible(page, 'Postausgang (admin)');
  expectNoProblems(page);
  await context.close();
});

test('participant on a 360 px phone: reads the revision, cannot manage it, every page accessible', async () => {
  const { context, page } = await newPage(browser, { width: 360 });
  await signInByKeyboard(page, DEMO.participant);
  await expectAccessible(page, 'Übersicht (Teilnehmende, 360 px)');
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await page.getByRole('img', { name: /Zeitplan der fünf Phasen/ }).waitFor();
  await expectAccessible(page, 'Überblick (Teilnehmende, 360 px)');
  const revisionUrl = page.url();
  await page.goto(`${revisionUrl}/phasen`);
  await page.getByText('Die Phasen verwaltet die Koordination; Sie sehen hier ihren Stand.').waitFor();
  await expect(page.getByRole('button', { name: /Phase beginnen|Phase abschließen/ }).count()).resolves.toBe(0);
  await expectAccessible(page, 'Phasen (Teilnehmende, 360 px)');
  await page.goto(`${revisionUrl}/inhalte`);
  await page.getByText('Die Inhalte bearbeitet die Koordination; Sie sehen hier den aktuellen Stand.').waitFor();
  await expect(page.getByRole('button', { name: /hinzufügen/ }).count()).resolves.toBe(0);
  await expectAccessible(page, 'Inhalte (Teilnehmende, 360 px)');
  // Nothing wider than the screen: no horizontal scrolling on a phone.
  const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
  expect(scrollWidth).toBeLessThanOrEqual(360);
  expectNoProblems(page);
  await context.close();
});
