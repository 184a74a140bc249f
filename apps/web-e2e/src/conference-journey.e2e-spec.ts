import type { Browser, Locator, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
  signIn,
} from './support';

/**
 * The Integrationskonferenz from planning to the waiting list: the
 * coordinator plans a conference with one place and two workshops and copies
 * the public link; a person registers on a phone with two workshop wishes
 * (after an empty attempt shows the error summary); a second person lands on
 * the waiting list; the first cancels with the link from the confirmation
 * mail in the Postausgang, and the coordinator's table shows the second as
 * confirmed. Every page passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = 'Integrationskonferenz 2027 (Test)';
const FIRST = { name: 'Ayşe Demir', email: 'ayse.demir@example.org' };
const SECOND = { name: 'Jonas Becker', email: 'jonas.becker@example.org' };
const LANGUAGE = 'Sprache und Bildung: von der Kita in die Schule';
const WORK = 'Arbeit und Wirtschaft: Wege in Ausbildung';
const NEW_PRIVACY_TEXT = 'Fassung 2: Wir löschen Ihre Angaben drei Monate nach der Konferenz.';
/** The public page, as the coordinator copied it; the later tests open it too. */
let publicPath = '';

/** A calendar day from today as the date part of a datetime-local value. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectFocused(page: Page, element: Locator) {
  const id = await element.getAttribute('id');
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe(id);
}

async function expectFitsPhone(page: Page) {
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
}

test('conference: plan, register on a phone, waiting list, cancel by mail link, move up', async () => {
  // (a) The coordinator plans the conference.
  const coordinator = await newPage(browser);
  await coordinator.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = coordinator.page;
  await signIn(page, DEMO.coordinator);
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Konferenz' })
    .click();
  await heading(page, 'Integrationskonferenz').waitFor();
  expect(page.url()).toMatch(/\/fortschreibungen\/[0-9a-f-]+\/konferenz$/);
  await expectAccessible(page, 'Konferenz (ohne Konferenz)');

  await page.getByRole('button', { name: 'Konferenz anlegen' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Konferenz speichern' }) });
  // Sending it empty names the missing facts at the fields.
  await form.getByRole('button', { name: 'Konferenz speichern' }).click();
  await expect(form.getByText('Bitte füllen Sie dieses Feld aus.').count()).resolves.toBeGreaterThan(5);
  await expectFocused(page, form.getByLabel('Titel', { exact: true }));

  await form.getByLabel('Titel', { exact: true }).fill(TITLE);
  await form.getByLabel(/^Beschreibung/).fill('Gemeinsam Herausforderungen und Lösungsansätze sammeln.');
  await form.getByLabel('Beginn', { exact: true }).fill(`${day(40)}T09:00`);
  await form.getByLabel('Ende', { exact: true }).fill(`${day(40)}T16:00`);
  await form.getByLabel('Veranstaltungsort', { exact: true }).fill('Kreishaus Gütersloh');
  await form.getByLabel(/^Adresse/).fill('Herzebrocker Straße 140, 33334 Gütersloh');
  await form.getByLabel('Plätze', { exact: true }).fill('1');
  await form.getByLabel('Anmeldung ab', { exact: true }).fill(`${day(-1)}T08:00`);
  await form.getByLabel('Anmeldeschluss', { exact: true }).fill(`${day(39)}T23:59`);
  await form.getByLabel('Datenschutzhinweise (Deutsch)').fill('Wir verarbeiten Ihre Angaben nur für die Konferenz.');
  await form.getByLabel('Datenschutzhinweise (Englisch)').fill('We process your details for the conference only.');
  await form.getByRole('button', { name: 'Konferenz speichern' }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  expect(page.url()).toMatch(/\?konferenz=[0-9a-f-]+$/);
  await page.getByText('0 von 1 Plätzen bestätigt').waitFor();

  for (const [title, field, room] of [
    [LANGUAGE, 'SB – Sprache und Bildung', 'Raum 1'],
    [WORK, 'AW – Arbeit und Wirtschaft', 'Raum 2'],
  ]) {
    await page.getByRole('button', { name: 'Workshop hinzufügen' }).click();
    await page.getByLabel('Titel des Workshops').fill(title);
    await page.getByLabel(/^Handlungsfeld/).selectOption({ label: field });
    await page.getByLabel('Raum', { exact: true }).fill(room);
    await page.getByLabel('Plätze im Workshop').fill('20');
    await page.getByRole('button', { name: 'Workshop speichern' }).click();
    await page.getByRole('heading', { level: 4, name: title }).waitFor();
  }
  await expectAccessible(page, 'Konferenz mit Workshops');
  const work = page.getByRole('article', { name: WORK });
  await work.getByRole('button', { name: `Workshop „${WORK}“ bearbeiten` }).click();
  await work.getByLabel('Plätze im Workshop').fill('25');
  await work.getByRole('button', { name: 'Speichern', exact: true }).click();
  await work.getByRole('definition').filter({ hasText: /^25$/ }).waitFor();

  // Two tabs change the facts: the later save meets the earlier change, says so and shows it.
  await page.getByRole('button', { name: 'Angaben bearbeiten' }).click();
  const tab = await coordinator.context.newPage();
  await tab.goto(page.url());
  await tab.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  await tab.getByRole('button', { name: 'Angaben bearbeiten' }).click();
  await tab.getByLabel(/^Beschreibung/).fill('Mit Mittagessen und Kinderbetreuung.');
  await tab.getByRole('button', { name: 'Speichern', exact: true }).click();
  // The facts as shown (the form may still be closing, with the same text in its field).
  await tab.locator('p', { hasText: 'Mit Mittagessen und Kinderbetreuung.' }).waitFor();
  await tab.close();
  await page.getByLabel(/^Beschreibung/).fill('Mit Dolmetschenden.');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page.getByText('Jemand anderes hat diesen Eintrag inzwischen geändert.', { exact: false }).waitFor();
  await page.locator('p', { hasText: 'Mit Mittagessen und Kinderbetreuung.' }).waitFor();
  await expect(page.getByText('Mit Dolmetschenden.').count()).resolves.toBe(0);

  await page.getByRole('button', { name: 'Link kopieren' }).click();
  await page.getByText('Der Link ist in die Zwischenablage kopiert.').waitFor();
  const publicUrl = await page.getByLabel('Link zur öffentlichen Anmeldeseite').inputValue();
  expect(publicUrl).toMatch(/\/konferenz\/[0-9a-f-]+$/);
  publicPath = new URL(publicUrl).pathname;
  await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(publicUrl);
  const conferenceUrl = page.url();
  expectNoProblems(page);

  // (b) A person registers on a phone: first empty, then with two wishes.
  const first = await newPage(browser, { width: 360 });
  const phone = first.page;
  await phone.goto(publicPath);
  await heading(phone, TITLE).waitFor();
  await phone.getByText('Noch 1 Platz frei').waitFor();
  await phone.getByText('Herzebrocker Straße 140, 33334 Gütersloh').waitFor();
  await expectAccessible(phone, 'Anmeldeseite (360 px)');
  await expectFitsPhone(phone);

  await phone.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  const summary = phone.locator('.conference-error-summary');
  await summary.getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
  await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
    'Bitte geben Sie Ihren Namen an.',
    'Bitte geben Sie Ihre E-Mail-Adresse an.',
    'Bitte wählen Sie, in welcher Rolle Sie teilnehmen.',
    'Bitte stimmen Sie den Datenschutzhinweisen zu; ohne Zustimmung können wir Ihre Anmeldung nicht speichern.',
  ]);
  await expect(phone.evaluate('document.activeElement?.classList.contains("conference-error-summary")')).resolves.toBe(
    true,
  );
  await expect(phone.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
  await expectAccessible(phone, 'Anmeldeseite mit Fehlern (360 px)');
  await expectFitsPhone(phone);

  // With the keyboard: from the summary to the name field, then on through the form.
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Enter');
  await expectFocused(phone, phone.getByLabel('Name', { exact: true }));
  await phone.keyboard.type(FIRST.name);
  await phone.keyboard.press('Tab');
  await phone.keyboard.type(FIRST.email);
  await phone.getByLabel(/^Organisation/).fill('Caritasverband für den Kreis Gütersloh');
  await phone.getByLabel(/^Kommune/).selectOption({ label: 'Gütersloh' });
  await phone.getByRole('radio', { name: /^Fachkraft/ }).focus();
  await phone.keyboard.press('Space');
  await phone.getByLabel(/^Was brauchen Sie/).fill('stufenloser Zugang');
  await phone.getByLabel('1. Wunsch').selectOption({ label: `${WORK} (09:00–16:00, Raum 2)` });
  await expect(phone.getByLabel('2. Wunsch').locator('option').allTextContents()).resolves.toEqual([
    'kein Wunsch',
    `${LANGUAGE} (09:00–16:00, Raum 1)`,
  ]);
  await phone.getByLabel('2. Wunsch').selectOption({ label: `${LANGUAGE} (09:00–16:00, Raum 1)` });
  await phone.getByText('Wir verarbeiten Ihre Angaben nur für die Konferenz.').waitFor();
  await phone.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ }).focus();
  await phone.keyboard.press('Space');
  await phone.getByRole('button', { name: 'Verbindlich anmelden' }).focus();
  await phone.keyboard.press('Enter');
  const done = phone.getByRole('heading', { level: 2, name: 'Sie sind angemeldet' });
  await done.waitFor();
  await expectFocused(phone, done);
  await phone.getByText(`Die Bestätigung ist unterwegs an ${FIRST.email}`, { exact: false }).waitFor();
  await phone
    .getByText(/Kalenderdatei/)
    .first()
    .waitFor();
  await expectAccessible(phone, 'Anmeldung bestätigt (360 px)');
  await expectFitsPhone(phone);
  expectNoProblems(phone);

  // (c) A second person finds the conference booked out. While they fill in the form, the
  // coordinator publishes a new privacy notice: they are asked to agree again, keeping what they typed.
  const second = await newPage(browser, { width: 360 });
  const other = second.page;
  await other.goto(publicPath);
  await heading(other, TITLE).waitFor();
  await other.getByText('ausgebucht – Sie kommen auf die Warteliste').waitFor();
  await other.getByLabel('Name', { exact: true }).fill(SECOND.name);
  await other.getByLabel('E-Mail-Adresse', { exact: true }).fill(SECOND.email);
  await other.getByRole('radio', { name: 'Ehrenamtlich engagiert' }).check();
  const consent = other.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ });
  await consent.check();

  await page.getByRole('button', { name: 'Neue Fassung der Datenschutzhinweise' }).click();
  await page.getByLabel('Datenschutzhinweise (Deutsch)').fill(NEW_PRIVACY_TEXT);
  await page.getByRole('button', { name: 'Neue Fassung speichern' }).click();
  await page.getByText(/^Fassung 2 vom /).waitFor();

  await other.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await other.getByText('Die Datenschutzhinweise wurden inzwischen geändert.', { exact: false }).waitFor();
  await other.getByText(NEW_PRIVACY_TEXT).waitFor();
  await other.getByText('Fassung 2', { exact: true }).waitFor();
  await expect(consent.isChecked()).resolves.toBe(false);
  await expect(other.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(SECOND.name);
  await expect(other.getByRole('radio', { name: 'Ehrenamtlich engagiert' }).isChecked()).resolves.toBe(true);
  await expectAccessible(other, 'Neue Datenschutzhinweise (360 px)');
  await consent.check();
  await other.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await other.getByRole('heading', { level: 2, name: 'Sie stehen auf der Warteliste (Platz 1)' }).waitFor();
  await other.getByText(`Eine E-Mail ist unterwegs an ${SECOND.email}`, { exact: false }).waitFor();
  await expectAccessible(other, 'Warteliste (360 px)');
  expectNoProblems(other);
  await second.context.close();

  // (d) The confirmation mail in the Postausgang carries the cancellation link.
  await page.goto('/postausgang');
  await heading(page, 'Postausgang').waitFor();
  const mail = page
    .getByRole('listitem')
    .filter({ hasText: FIRST.email })
    .filter({ hasText: 'Anmeldung bestätigt' })
    .first();
  await mail.getByText('Text der Nachricht').click();
  const cancelLink = await mail
    .getByRole('link', { name: /\/konferenz\/abmelden\?token=/ })
    .first()
    .getAttribute('href');
  expect(cancelLink).toMatch(/^\/konferenz\/abmelden\?token=[A-Za-z0-9_%-]+$/);

  // (e) The first person cancels: opening the link changes nothing until they confirm.
  await phone.goto(cancelLink!);
  await heading(phone, 'Von der Konferenz abmelden').waitFor();
  await expectAccessible(phone, 'Abmelden (360 px)');
  await phone.reload();
  await heading(phone, 'Von der Konferenz abmelden').waitFor();
  await phone.getByRole('button', { name: 'Ja, abmelden' }).click();
  await phone.getByText(`Ihre Anmeldung zu „${TITLE}“ ist storniert`, { exact: false }).waitFor();
  await expectAccessible(phone, 'Abgemeldet (360 px)');
  await expectFitsPhone(phone);
  // The same link a second time, and a link nobody sent.
  await phone.reload();
  await phone.getByRole('button', { name: 'Ja, abmelden' }).click();
  await phone.getByText('Schon abgemeldet').waitFor();
  await phone.goto('/konferenz/abmelden?token=unbekannt-unbekannt-unbekannt');
  await phone.getByRole('button', { name: 'Ja, abmelden' }).click();
  await phone.getByText('Dieser Link ist nicht bekannt').waitFor();
  await expectAccessible(phone, 'Unbekannter Link (360 px)');
  expectNoProblems(phone);
  await first.context.close();

  // (f) The coordinator sees the second person moved up, with the first's details deleted.
  await page.goto(new URL(conferenceUrl).pathname + new URL(conferenceUrl).search);
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  const table = page.getByRole('region', { name: 'Anmeldungen' });
  const secondRow = table.getByRole('row').filter({ hasText: SECOND.email });
  await secondRow.getByText('bestätigt').waitFor();
  await secondRow.getByText('Ehrenamtlich engagiert').waitFor();
  const firstRow = table.getByRole('row').filter({ hasText: 'Angaben gelöscht' });
  await firstRow.getByText('abgemeldet').waitFor();
  await expect(table.getByText(FIRST.email).count()).resolves.toBe(0);
  await page.getByText('1 von 1 Plätzen bestätigt').waitFor();
  await page.getByText('1 Abmeldung').waitFor();
  await expectAccessible(page, 'Konferenz mit Anmeldungen');

  // The filter shows only the waiting list, now empty.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Warteliste' });
  await page.getByText('Keine Anmeldungen.').waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'bestätigt' });
  await table.getByRole('row').filter({ hasText: SECOND.email }).waitFor();

  // A phone call: the coordinator cancels the second registration after confirming.
  await table.getByRole('button', { name: `Anmeldung stornieren – ${SECOND.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Anmeldung von ${SECOND.name} stornieren?` });
  await dialog.waitFor();
  await expectAccessible(page, 'Anmeldung stornieren (Dialog)');
  await dialog.getByRole('button', { name: 'Anmeldung stornieren' }).click();
  await page.getByText('Keine Anmeldungen.').waitFor();
  await page.getByText('0 von 1 Plätzen bestätigt').waitFor();
  expectNoProblems(page);
  await coordinator.context.close();
});

test('a participant sees the conference and its workshops, not the registrations', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.participant);
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Konferenz' })
    .click();
  await heading(page, 'Integrationskonferenz').waitFor();
  // Other browser tests plan conferences of their own in the same revision: pick this one from the list.
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  await page.getByRole('heading', { level: 4, name: LANGUAGE }).waitFor();
  await expect(page.getByRole('heading', { name: 'Anmeldungen' }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Konferenz anlegen' }).count()).resolves.toBe(0);
  await expectAccessible(page, 'Konferenz (Teilnehmende)');
  expectNoProblems(page);
  await context.close();
});

test('the registration page in English is complete and accessible', async () => {
  const { context, page } = await newPage(browser, { locale: 'en-GB', width: 360 });
  await page.goto(publicPath);
  await heading(page, TITLE).waitFor();
  await page.getByText('Registration for the integration conference').waitFor();
  await page.getByText('1 place left').waitFor();
  await page.getByText('We process your details for the conference only.').waitFor();
  await page.getByRole('radio', { name: 'Person with a migration history of my own' }).waitFor();
  await page.getByLabel('Choice 1').waitFor();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { name: 'Please check your details' }).waitFor();
  await page.getByRole('link', { name: 'Please enter your name.' }).waitFor();
  await expectAccessible(page, 'Registration page (en, 360 px)');
  await expectFitsPhone(page);

  await page.goto('/konferenz/00000000-0000-4000-8000-000000000000');
  await page.getByText('This conference does not exist').waitFor();
  await expectAccessible(page, 'Unknown conference (en)');
  expectNoProblems(page);
  await context.close();
});
