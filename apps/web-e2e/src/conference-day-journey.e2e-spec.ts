import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_REVISION,
  expectAccessible,
  expectNoProblems,
  heading,
  launchBrowser,
  newPage,
  signIn,
  planConference,
} from './support';

/**
 * The conference day end to end, as the people do it: the coordinator has
 * planned a conference with two workshops in one slot; a person registers on
 * a phone on the public page (no account) with two wishes; the coordinator
 * runs the workshop assignment, finds the person in their first wish, reads
 * the workshop's join code on the conference page and opens its live board;
 * the person joins that board on the phone with the join link (as a guest)
 * and pins a challenge, which appears on the coordinator's board without a
 * reload. Every page passes axe; the phone's pages fit 360 px.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = 'Integrationskonferenz (Konferenztag)';
const LANGUAGE = 'Sprache und Bildung am Konferenztag';
const WORK = 'Arbeit und Wirtschaft am Konferenztag';
const PERSON = { name: 'Mariam Haddad', firstName: 'Mariam', email: 'mariam.haddad@example.org' };
const CHALLENGE = 'Anerkennung ausländischer Berufsabschlüsse dauert zu lange';

/**
 * The planning, which other journeys show through the form: a conference of
 * the demo revision with two workshops in one slot, created through the API
 * as the coordinator.
 */
async function plannedConference(page: Page): Promise<void> {
  await planConference(page, {
    title: TITLE,
    inHours: 72,
    capacity: 50,
    workshops: [
      { title: LANGUAGE, room: 'Raum 1', capacity: 20 },
      { title: WORK, room: 'Raum 2', capacity: 20 },
    ],
  });
}

async function expectFitsPhone(page: Page) {
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
}

test('conference day: register on a phone, get a workshop place, join its live board, the board shows the challenge live', async () => {
  // (a) The coordinator opens the planned conference and finds the public link.
  const coordinator = await newPage(browser);
  const page = coordinator.page;
  await signIn(page, DEMO.coordinator);
  await plannedConference(page);
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
  const publicUrl = await page.getByLabel('Link zur öffentlichen Anmeldeseite').inputValue();
  expect(publicUrl).toMatch(/\/konferenz\/[0-9a-f-]+$/);
  const conferencePath = new URL(page.url()).pathname + new URL(page.url()).search;

  // (b) The person registers on a phone, without an account, with two wishes.
  const phone = await newPage(browser, { width: 360 });
  const person = phone.page;
  await person.goto(new URL(publicUrl).pathname);
  await heading(person, TITLE).waitFor();
  await expectAccessible(person, 'Anmeldeseite (360 px)');
  await expectFitsPhone(person);
  await person.getByLabel('Name', { exact: true }).fill(PERSON.name);
  await person.getByLabel('E-Mail-Adresse', { exact: true }).fill(PERSON.email);
  await person.getByLabel(/^Organisation/).fill('Diakonie Gütersloh');
  await person.getByRole('radio', { name: /^Fachkraft/ }).check();
  // The wishes read "title (time, room)"; the time depends on the time zone, so pick by title.
  for (const [choice, title] of [
    ['1. Wunsch', WORK],
    ['2. Wunsch', LANGUAGE],
  ]) {
    const wish = person.getByLabel(choice);
    const option = wish.locator('option').filter({ hasText: title });
    await wish.selectOption((await option.getAttribute('value'))!);
  }
  await person.getByRole('checkbox', { name: /Datenschutzhinweise gelesen/ }).check();
  await person.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await person.getByRole('heading', { level: 2, name: 'Sie sind angemeldet' }).waitFor();
  await person.getByText(`Die Bestätigung ist unterwegs an ${PERSON.email}`, { exact: false }).waitFor();
  await expectAccessible(person, 'Anmeldung bestätigt (360 px)');
  await expectFitsPhone(person);

  // (c) The coordinator sees the registration and runs the assignment: the person gets the first wish.
  await page.goto(conferencePath);
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  const registrations = page.getByRole('region', { name: 'Anmeldungen' });
  await registrations.getByRole('row').filter({ hasText: PERSON.email }).getByText('bestätigt').waitFor();
  await page.getByRole('link', { name: 'Workshop-Einteilung' }).click();
  await heading(page, 'Workshop-Einteilung').waitFor();
  await page
    .getByRole('region', { name: 'Ohne Platz in diesem Zeitfenster' })
    .getByRole('cell', { name: PERSON.name, exact: true })
    .waitFor();
  await expectAccessible(page, 'Einteilung (noch nicht berechnet)');
  await page.getByRole('button', { name: 'Einteilung berechnen' }).click();
  await page.getByRole('status').filter({ hasText: 'Die Einteilung ist berechnet.' }).waitFor();
  const place = page.getByRole('region', { name: WORK, exact: true }).getByRole('row').filter({ hasText: PERSON.name });
  await place.getByRole('cell', { name: '1. Wunsch', exact: true }).waitFor();
  await expect(
    page.getByRole('region', { name: LANGUAGE, exact: true }).getByRole('cell', { name: PERSON.name }).count(),
  ).resolves.toBe(0);
  await page.getByText('Alle bestätigten Personen haben in diesem Zeitfenster einen Platz.').waitFor();
  await expectAccessible(page, 'Einteilung berechnet');

  // (d) Back on the conference page: the join code for the flip chart, and the live board on the projector.
  await page.getByRole('link', { name: 'Zurück zur Konferenz' }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  const workshop = page.getByRole('article', { name: WORK });
  const code = (await workshop.locator('.conference-join-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{4,12}$/);
  const joinUrl = (await workshop.locator('.conference-join-url').innerText()).trim();
  expect(joinUrl).toBe(`${new URL(page.url()).origin}/workshop/${code}`);
  await expectAccessible(page, 'Konferenz mit Zugangscodes');
  await workshop.getByRole('link', { name: `Live-Board öffnen – ${WORK}` }).click();
  await heading(page, WORK).waitFor();
  expect(page.url()).toMatch(/\/workshop\/board\/[0-9a-f-]+$/);
  await page.locator('.workshop-code__value').getByText(code, { exact: true }).waitFor();
  const challenges = page.getByRole('region', { name: /^Herausforderungen/ });
  await challenges.getByRole('heading', { name: 'Herausforderungen (0)' }).waitFor();
  await expectAccessible(page, 'Live-Board (Koordination)');
  // A mark on this document: it is still there at the end only if the page never reloaded.
  await page.evaluate('window.__stillTheSamePage = true');

  // (e) The person joins with the link from the flip chart, as a guest, and pins a challenge.
  await person.goto(new URL(joinUrl).pathname);
  await heading(person, 'Workshop beitreten').waitFor();
  await expect(person.getByLabel('Code').inputValue()).resolves.toBe(code);
  await person.getByLabel(/Ihr Vorname/).fill(PERSON.firstName);
  await expectAccessible(person, 'Workshop beitreten (360 px)');
  await expectFitsPhone(person);
  await person.getByRole('button', { name: 'Beitreten' }).click();
  await heading(person, WORK).waitFor();
  await person.getByText(`Sie schreiben als ${PERSON.firstName}`).waitFor();
  await expectAccessible(person, 'Live-Board (Gast, 360 px)');
  await expectFitsPhone(person);
  await person.getByLabel('Herausforderung', { exact: true }).check();
  await person.getByLabel('Ihre Karte').fill(CHALLENGE);
  await person.getByRole('button', { name: 'Karte anheften' }).click();
  await person
    .getByRole('region', { name: /^Herausforderungen/ })
    .getByText(CHALLENGE)
    .waitFor();

  // (f) The coordinator's board shows it, pushed over the subscription, without a reload.
  const card = challenges.getByRole('listitem').filter({ hasText: CHALLENGE });
  await card.waitFor({ timeout: 5_000 });
  await expect(card.innerText()).resolves.toContain(PERSON.firstName);
  await challenges.getByRole('heading', { name: 'Herausforderungen (1)' }).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: `Neue Karte: ${CHALLENGE}` })
    .waitFor();
  await expect(page.evaluate('window.__stillTheSamePage')).resolves.toBe(true);
  await expectAccessible(page, 'Live-Board mit neuer Karte (Koordination)');
  await expectAccessible(person, 'Live-Board mit eigener Karte (Gast, 360 px)');
  await expectFitsPhone(person);

  expectNoProblems(person);
  expectNoProblems(page);
  await phone.context.close();
  await coordinator.context.close();
});
