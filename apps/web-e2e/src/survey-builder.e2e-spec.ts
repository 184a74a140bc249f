import type { Browser, Locator, Page } from 'playwright-core';
import {
  baseUrl,
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
 * Umfragen: the coordinator creates a survey, offers it in English and Arabic, adds a section and questions of
 * several kinds (one shown only after a certain answer, one translated into Arabic, typed right to left),
 * watches the missing translations being counted, is told by the API what publishing still needs, sets the
 * dates, publishes, switches the public link on and invites two addresses (a third time one of them is only
 * counted), deletes an invitation, and finds the survey published in the list. Axe in every state.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TITLE = `Befragung der Akteur*innen ${Date.now().toString(36)}`;
const SECTION = 'Ihre Arbeit';
const Q1 = 'Arbeiten Sie mit Geflüchteten?';
const Q1_AR = 'هل تعمل مع اللاجئين؟';
const Q2 = 'Welche Angebote machen Sie?';
const Q3 = 'Die Zusammenarbeit im Kreis funktioniert gut.';
const Q4 = 'Was sollte sich ändern?';
const INVITEES = [`a-${TITLE.length}-${Date.now()}@verein.example`, `b-${Date.now()}@kommune.example`];

/** A datetime-local value `days` from today. */
function inDays(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

/** The badge of a language in the translation status. */
const missing = (page: Page, language: string, text: string) =>
  page
    .getByRole('list', { name: 'Stand der Übersetzungen' })
    .getByRole('listitem')
    .filter({ hasText: language })
    .filter({ hasText: text })
    .waitFor();

async function addQuestion(page: Page, fill: (form: Locator) => Promise<void>) {
  await page.getByRole('button', { name: /^Frage hinzufügen/ }).click();
  const form = page.getByRole('form', { name: 'Neue Frage' });
  // The form replaces the button: the keyboard starts in it.
  await expectFocused(page, form.getByLabel('Art der Frage'));
  await fill(form);
  await form.getByRole('button', { name: 'Frage speichern' }).click();
  await status(page, 'Die Frage ist angelegt.');
}

async function expectFocused(page: Page, element: Locator) {
  const id = await element.getAttribute('id');
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe(id);
}

const fillText = (form: Locator, group: string, language: string, text: string) =>
  form.getByRole('group', { name: group, exact: true }).getByLabel(language, { exact: true }).fill(text);

test('the coordinator builds, translates, publishes and sends a survey', async () => {
  const { context, page } = await newPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, DEMO.coordinator);
  const revisionId = await demoRevisionId(page);
  await page.goto(`/fortschreibungen/${revisionId}`);
  await page
    .getByRole('navigation', { name: 'Bereiche dieser Fortschreibung' })
    .getByRole('link', { name: 'Umfragen' })
    .click();
  await heading(page, 'Umfragen').waitFor();
  await expectAccessible(page, 'Umfragen');

  // A new survey needs its German title; the form says so and keeps the keyboard there.
  await page.getByRole('button', { name: 'Umfrage anlegen' }).click();
  await page.getByText('Bitte geben Sie einen deutschen Titel ein.').waitFor();
  await expect(page.evaluate('document.activeElement?.getAttribute("aria-invalid")')).resolves.toBe('true');
  await expectAccessible(page, 'Neue Umfrage ohne Titel');
  await page.getByLabel('Titel auf Deutsch').fill(TITLE);
  await page.getByRole('button', { name: 'Umfrage anlegen' }).click();
  await heading(page, TITLE).waitFor();
  expect(page.url()).toMatch(new RegExp(`/fortschreibungen/${revisionId}/umfragen/[0-9a-f-]+$`));
  await page.getByText('Die Umfrage wird nur auf Deutsch angeboten.', { exact: false }).waitFor();
  await expectAccessible(page, 'Neue Umfrage im Baukasten');

  // English and Arabic are offered; only the German title exists, so one text is missing in each.
  const languages = page.getByRole('group', { name: 'Angebotene Sprachen' });
  await expect(languages.getByLabel('Deutsch', { exact: true }).isDisabled()).resolves.toBe(true);
  await languages.getByLabel('English', { exact: true }).check();
  await languages.getByLabel('العربية', { exact: true }).check();
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await status(page, 'Die Einstellungen sind gespeichert.');
  await missing(page, 'English', '1 Text fehlt');
  await missing(page, 'العربية', '1 Text fehlt');

  // A section, then questions of several kinds.
  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  const sectionForm = page.getByRole('form', { name: 'Neuer Abschnitt' });
  await expectAccessible(page, 'Neuer Abschnitt');
  await fillText(sectionForm, 'Überschrift', 'Deutsch', SECTION);
  await sectionForm.getByRole('button', { name: 'Abschnitt speichern' }).click();
  await status(page, 'Der Abschnitt ist angelegt.');
  await page.getByRole('heading', { level: 3, name: `Abschnitt 1: ${SECTION}` }).waitFor();
  await missing(page, 'العربية', '2 Texte fehlen');

  // Single choice, required, its text also in Arabic: typed right to left.
  await addQuestion(page, async (form) => {
    await expect(form.getByLabel('Art der Frage').inputValue()).resolves.toBe('SINGLE_CHOICE');
    const arabic = form.getByRole('group', { name: 'Fragetext' }).getByLabel('العربية', { exact: true });
    await expect(arabic.getAttribute('dir')).resolves.toBe('rtl');
    await expect(arabic.getAttribute('lang')).resolves.toBe('ar');
    await fillText(form, 'Fragetext', 'Deutsch', Q1);
    await arabic.fill(Q1_AR);
    await fillText(form, 'Antwort 1', 'Deutsch', 'Ja');
    await fillText(form, 'Antwort 2', 'Deutsch', 'Nein');
    await form.getByLabel('Pflichtfrage: muss beantwortet werden').check();
    await expectAccessible(page, 'Neue Frage: Einfachauswahl');
  });
  // The Arabic question text counts as translated: only its two options are missing in Arabic.
  await missing(page, 'العربية', '4 Texte fehlen');
  await missing(page, 'English', '5 Texte fehlen');

  // Multiple choice with "other", shown only when the first question was answered with "Ja".
  await addQuestion(page, async (form) => {
    await form.getByLabel('Art der Frage').selectOption('MULTIPLE_CHOICE');
    await fillText(form, 'Fragetext', 'Deutsch', Q2);
    await fillText(form, 'Antwort 1', 'Deutsch', 'Beratung');
    await fillText(form, 'Antwort 2', 'Deutsch', 'Sprachkurse');
    await form.getByRole('button', { name: 'Antwortmöglichkeit hinzufügen' }).click();
    await fillText(form, 'Antwort 3', 'Deutsch', 'Begegnung');
    await form.getByLabel('„Sonstiges“ mit eigenem Text anbieten').check();
    await form.getByLabel('Nur zeigen, wenn diese frühere Frage …').selectOption({ label: Q1 });
    await form
      .getByRole('group', { name: '… mit einer dieser Antworten beantwortet wurde' })
      .getByLabel('Ja (1)')
      .check();
    await expectAccessible(page, 'Neue Frage mit Bedingung');
  });
  await page.getByText(`Nur wenn „${Q1}“ mit Ja beantwortet wurde.`).waitFor();

  // A Likert scale without options of its own: the API gives the five points, translated.
  await addQuestion(page, async (form) => {
    await form.getByLabel('Art der Frage').selectOption('LIKERT');
    await form.getByText('Ohne eigene Antwortmöglichkeiten gelten die vorgegebenen').waitFor();
    await fillText(form, 'Fragetext', 'Deutsch', Q3);
  });
  await page.getByText('Zustimmungsskala · 5 Antwortmöglichkeiten').waitFor();
  // Q2: its text and three options; Q3: its text only (the scale is translated).
  await missing(page, 'العربية', '9 Texte fehlen');

  // Only German and Arabic fields, to translate into Arabic; then a free-text question.
  await page.getByLabel('Eingabefelder zeigen für').selectOption('ar');
  await addQuestion(page, async (form) => {
    await form.getByLabel('Art der Frage').selectOption('FREE_TEXT');
    await expect(form.getByLabel('English', { exact: true }).count()).resolves.toBe(0);
    await fillText(form, 'Fragetext', 'Deutsch', Q4);
    await fillText(form, 'Fragetext', 'العربية', 'ما الذي يجب أن يتغير؟');
  });
  await missing(page, 'العربية', '9 Texte fehlen');
  await missing(page, 'English', '11 Texte fehlen');
  await expectAccessible(page, 'Baukasten mit vier Fragen, nur Arabisch');
  await page.getByLabel('Eingabefelder zeigen für').selectOption('all');

  // Moving the free-text question up by keyboard.
  const up = page.getByRole('button', { name: `Nach oben – Frage 4: ${Q4}` });
  await up.focus();
  await page.keyboard.press('Enter');
  await status(page, `„${Q4}“ ist verschoben.`);
  // Moved, the question's button keeps the focus.
  await expectFocused(page, page.getByRole('button', { name: `Nach oben – Frage 3: ${Q4}` }));

  // Publishing without dates: the API says what is missing.
  await page.getByRole('button', { name: 'Umfrage veröffentlichen' }).click();
  const refused = page
    .getByRole('alert')
    .filter({ hasText: 'Bitte legen Sie Beginn und Ende der Umfrage fest, bevor Sie sie veröffentlichen.' });
  await refused.waitFor();
  await expectAccessible(page, 'Veröffentlichen ohne Zeitraum');

  await page.getByLabel(/^Beginn/).fill(inDays(-1, 8));
  await page.getByLabel(/^Ende/).fill(inDays(30, 18));
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await status(page, 'Die Einstellungen sind gespeichert.');
  // Saved again, the settings keep the languages chosen before.
  await missing(page, 'العربية', '9 Texte fehlen');
  await page.getByRole('button', { name: 'Umfrage veröffentlichen' }).click();
  await status(page, 'Die Umfrage ist veröffentlicht.');
  await page.getByText('Veröffentlicht', { exact: true }).first().waitFor();
  await expectAccessible(page, 'Veröffentlicht');

  // The public link, in full, to copy.
  await page.getByRole('button', { name: 'Öffentlichen Link einschalten' }).click();
  await status(page, 'Der öffentliche Link ist eingeschaltet.');
  const link = page.getByLabel('Öffentlicher Link zur Umfrage');
  await expect(link.inputValue()).resolves.toMatch(new RegExp(`^${baseUrl()}/umfrage/[\\w-]+$`));
  await page.getByRole('button', { name: 'Link kopieren' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Der Link ist in der Zwischenablage\.|Kopieren war nicht möglich/ })
    .waitFor();
  await expectAccessible(page, 'Öffentlicher Link');

  // Two addresses invited; again, one of them is only counted.
  await page.getByLabel('Adressen').fill(`${INVITEES[0]}; Anna Beispiel\n\n${INVITEES[1]}`);
  await page.getByLabel('Zielgruppe').selectOption('ORGANISATION');
  await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
  await page.getByRole('button', { name: 'Einladungen verschicken' }).click();
  await status(page, '2 eingeladen, 0 bereits eingeladen.');
  const table = page.getByRole('table', { name: /Eingeladene: 2/ });
  await table.getByRole('row').filter({ hasText: INVITEES[0] }).filter({ hasText: 'Anna Beispiel' }).waitFor();
  await expect(table.getByText('noch nicht abgegeben').count()).resolves.toBe(2);
  await expectAccessible(page, 'Eingeladen');
  await page.getByLabel('Adressen').fill(`${INVITEES[1]}\nkeine-adresse`);
  await page.getByRole('button', { name: 'Einladungen verschicken' }).click();
  await page.getByText('Keine gültige E-Mail-Adresse in Zeile 2.').waitFor();
  await page.getByLabel('Adressen').fill(INVITEES[1]);
  await page.getByRole('button', { name: 'Einladungen verschicken' }).click();
  await status(page, '0 eingeladen, 1 bereits eingeladen.');

  // An address deleted (DSGVO), after asking.
  await page.getByRole('button', { name: `Löschen – ${INVITEES[1]}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Einladung löschen?' });
  await dialog.waitFor();
  await expectAccessible(page, 'Einladung löschen?');
  await dialog.getByRole('button', { name: 'Löschen' }).click();
  await status(page, `Die Einladung an ${INVITEES[1]} ist gelöscht.`);
  await expect(page.evaluate('document.activeElement?.getAttribute("role")')).resolves.toBe('status');
  await page.getByRole('table', { name: /Eingeladene: 1/ }).waitFor();

  // The list shows it published, with the ways to its preview and results.
  await page.getByRole('link', { name: 'Alle Umfragen' }).click();
  await heading(page, 'Umfragen').waitFor();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
  await item.getByText('Veröffentlicht').waitFor();
  await item.getByRole('link', { name: `Vorschau – ${TITLE}` }).waitFor();
  await item.getByRole('link', { name: `Ergebnisse – ${TITLE}` }).waitFor();
  await expectAccessible(page, 'Umfragen mit veröffentlichter Umfrage');
  expectNoProblems(page);
  await context.close();
}, 360_000);
