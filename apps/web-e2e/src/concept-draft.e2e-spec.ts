import type { Browser, Page } from 'playwright-core';
import {
  DEMO,
  DEMO_REVISION,
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
 * The concept draft of the demo revision: the coordinator opens it through
 * the revision's navigation, reads the template's chapters and, in the live
 * part of a field of action, an agreed recommendation; adds a chapter with a
 * list written in the editor, changes a sentence of the introduction,
 * freezes a version with a note and compares it with version 1: the redline
 * shows the new words in <ins> and the old ones in <del>, and the Word
 * redline downloads. A participant reads the draft without any edit control;
 * the page reads in English and fits a phone. Every state passes axe.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const run = Date.now().toString(36);
const CHAPTER = `Ehrenamt und Engagement ${run}`;
const NOTE = `Stand nach der Redaktion ${run}`;

interface DraftAnswer {
  conceptDraft: { versions: { id: string; number: number; note: string | null }[] };
}

/**
 * Selects `word` inside the editor, so typing replaces it. A string runs in the page (the browser tests have no
 * DOM types); ProseMirror takes the DOM selection over on selectionchange.
 */
async function selectWord(page: Page, editorId: string, word: string) {
  const found = await page.evaluate(`(() => {
    const root = document.getElementById(${JSON.stringify(editorId)});
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(${JSON.stringify(word)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${word.length});
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  })()`);
  expect([word, found]).toEqual([word, true]);
  await page.waitForTimeout(100);
}

/** Polls an expression in the page (waitForFunction with a string is blocked by the CSP) until it is true. */
async function until(page: Page, expression: string, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`not true within ${timeout} ms: ${expression}`);
    await page.waitForTimeout(100);
  }
}

/** The computed style of the first element matching `selector`, or of its pseudo element. */
const styleOf = (page: Page, selector: string, property: string, pseudo = '') =>
  page.evaluate(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo || null)})[${JSON.stringify(property)}]`,
  );

/** No sideways scrolling at 360 px. */
async function expectFitsPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 900 });
}

let revisionId = '';
let newVersionId = '';

test('the coordinator writes, freezes and compares the concept draft', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  revisionId = await demoRevisionId(page);

  // Through the revision's navigation.
  await page.getByRole('link', { name: DEMO_REVISION }).first().click();
  await heading(page, DEMO_REVISION).waitFor();
  await page.locator('.app-subnav').getByRole('link', { name: 'Konzeptentwurf' }).click();
  await heading(page, 'Konzeptentwurf').waitFor();
  expect(new URL(page.url()).pathname).toBe(`/fortschreibungen/${revisionId}/konzept`);

  // The table of contents and the template's chapters in order.
  const toc = page.getByRole('navigation', { name: 'Inhaltsverzeichnis' });
  for (const title of [
    'Einleitung',
    'Leitbild und Leitziele',
    'Daten und Fakten',
    'Strukturen und Netzwerke',
    'Handlungsfelder',
    'Umsetzung und Monitoring',
  ]) {
    await toc.getByRole('link', { name: title, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  }
  const chapters = await page.locator('.concept-document h2').allTextContents();
  expect(chapters.slice(0, 6)).toEqual([
    'Einleitung',
    'Leitbild und Leitziele',
    'Daten und Fakten',
    'Strukturen und Netzwerke',
    'Handlungsfelder',
    'Umsetzung und Monitoring',
  ]);
  // A field of action is a sub-chapter (h3) with its agreed recommendation in the live part.
  const field = page.getByRole('region', { name: 'Sprache und Bildung', exact: true });
  await field.getByRole('heading', { level: 3, name: 'Sprache und Bildung' }).waitFor();
  const live = field.locator('.concept-live').first();
  await live.getByText('Aus der Empfehlungswerkstatt, wird beim Einfrieren übernommen').waitFor();
  await live.getByRole('heading', { name: /Elterncafés an Grundschulen/ }).waitFor();
  // The table of contents leads to the section.
  await toc.getByRole('link', { name: 'Sprache und Bildung' }).click();
  expect(new URL(page.url()).hash).toMatch(/^#abschnitt-/);
  await expectAccessible(page, 'Konzeptentwurf');

  // A new chapter with a list written in the editor.
  await page.getByRole('button', { name: 'Neues Kapitel schreiben' }).click();
  await page.getByRole('textbox', { name: 'Überschrift', exact: true }).fill(CHAPTER);
  const body = page.locator('#concept-add-body');
  await body.click();
  await page.keyboard.type('Das Ehrenamt trägt die Integrationsarbeit in allen Kommunen.');
  await page.keyboard.press('Enter');
  const bullets = page.getByRole('toolbar', { name: 'Formatierung: Text' }).getByRole('button', { name: 'Aufzählung' });
  await bullets.click();
  await page.keyboard.type('Patenschaften');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sprachcafés');
  await expect(bullets.getAttribute('aria-pressed')).resolves.toBe('true');
  // A table below the list: a header row and two data rows; the arrow keys move between the cells.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Formatierung: Text' });
  await expect(toolbar.getByRole('button', { name: 'Zeile darunter' }).getAttribute('aria-disabled')).resolves.toBe(
    'true',
  );
  await toolbar.getByRole('button', { name: 'Tabelle einfügen' }).click();
  await page.keyboard.type('Kommune');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('Angebote');
  await expect(toolbar.getByRole('button', { name: 'Tabelle einfügen' }).getAttribute('aria-disabled')).resolves.toBe(
    'true',
  );
  await toolbar.getByRole('button', { name: 'Spalte löschen' }).click();
  await expectAccessible(page, 'Konzeptentwurf: neues Kapitel');
  await page.getByRole('button', { name: 'Kapitel hinzufügen', exact: true }).click();
  const added = page.getByRole('region', { name: CHAPTER });
  await added.getByRole('listitem').filter({ hasText: 'Patenschaften' }).waitFor();
  await added.getByRole('listitem').filter({ hasText: 'Sprachcafés' }).waitFor();
  await added.getByRole('columnheader', { name: 'Kommune' }).waitFor();
  expect(await added.getByRole('columnheader').count()).toBe(2);
  await page
    .getByRole('status')
    .filter({ hasText: `„${CHAPTER}“ wurde hinzugefügt.` })
    .waitFor();
  await toc.getByRole('link', { name: CHAPTER }).waitFor();
  await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe(CHAPTER);
  // The new chapter is the last: it moves up, and focus stays on the button.
  await added.getByRole('button', { name: `„${CHAPTER}“ nach oben verschieben` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `„${CHAPTER}“ steht jetzt an Stelle` })
    .waitFor();
  const order = await page.locator('.concept-document > section > h2').allTextContents();
  expect(order.indexOf(CHAPTER)).toBe(order.indexOf('Umsetzung und Monitoring') - 1);
  await expect(page.evaluate('document.activeElement?.getAttribute("aria-label")')).resolves.toMatch(
    /nach (oben|unten) verschieben/,
  );
  await page.getByRole('button', { name: `„${CHAPTER}“ nach unten verschieben` }).click();
  await until(
    page,
    `[...document.querySelectorAll('.concept-document > section > h2')].at(-1)?.textContent === ${JSON.stringify(CHAPTER)}`,
  );
  await expectAccessible(page, 'Konzeptentwurf: Kapitel hinzugefügt');

  // A sub-chapter under it, removed again after a confirmation.
  const GONE = `Nur kurz ${run}`;
  await page.getByRole('button', { name: 'Neues Kapitel schreiben' }).click();
  await page.getByRole('textbox', { name: 'Überschrift', exact: true }).fill(GONE);
  await page.getByLabel(/^Unterkapitel von/).selectOption({ label: CHAPTER });
  await page.getByRole('button', { name: 'Kapitel hinzufügen', exact: true }).click();
  await added.getByRole('heading', { level: 3, name: GONE }).waitFor();
  await page.getByRole('button', { name: `„${GONE}“ entfernen` }).click();
  const dialog = page.getByRole('dialog', { name: `„${GONE}“ entfernen?` });
  await dialog.waitFor();
  await expectAccessible(page, 'Konzeptentwurf: Kapitel entfernen?');
  await dialog.getByRole('button', { name: 'Kapitel entfernen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `„${GONE}“ wurde entfernt.` })
    .waitFor();
  await expect(page.getByRole('heading', { name: GONE }).count()).resolves.toBe(0);
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe('concept-toc-heading');

  // The introduction: a sentence changed in the editor.
  const intro = page.getByRole('region', { name: 'Einleitung', exact: true });
  await intro.getByRole('button', { name: '„Einleitung“ bearbeiten' }).click();
  const editorId = await intro.locator('[role="textbox"][aria-multiline="true"]').getAttribute('id');
  await intro.getByText('Alle Kommunen des Kreises haben an der Fortschreibung mitgewirkt.').first().waitFor();
  await selectWord(page, editorId!, 'mitgewirkt');
  await page.keyboard.type('aktiv teilgenommen');
  await selectWord(page, editorId!, 'Alle Kommunen');
  await page.keyboard.type('Alle dreizehn Kommunen');
  await expect(page.locator(`#${editorId}`).innerText()).resolves.toContain(
    'Alle dreizehn Kommunen des Kreises haben an der Fortschreibung aktiv teilgenommen.',
  );
  await expectAccessible(page, 'Konzeptentwurf: Einleitung bearbeiten');
  // Meanwhile someone else changes the introduction: saving meets a version conflict, and loading
  // the other change keeps the typed text.
  const { conceptDraft: current } = await graphql<{
    conceptDraft: { sections: { id: string; title: string; body: string; version: number }[] };
  }>(page, 'query($r: ID!) { conceptDraft(revisionId: $r) { sections { id title body version } } }', {
    r: revisionId,
  });
  const einleitung = current.sections.find((s) => s.title === 'Einleitung')!;
  await graphql(
    page,
    'mutation($id: ID!, $v: Int!, $input: ConceptSectionInput!) { updateConceptSection(id: $id, version: $v, input: $input) { id } }',
    {
      id: einleitung.id,
      v: einleitung.version,
      input: { title: 'Einleitung', body: `${einleitung.body}<p>Zwischendurch ergänzt.</p>` },
    },
  );
  await intro.getByRole('button', { name: 'Speichern' }).click();
  await intro.getByRole('alert').waitFor();
  await intro.getByText('Jemand anderes hat diesen Abschnitt inzwischen geändert.', { exact: false }).waitFor();
  await expectAccessible(page, 'Konzeptentwurf: Konflikt');
  await intro.getByRole('button', { name: 'Neue Fassung laden, eigenen Text behalten' }).click();
  await intro.getByRole('status').filter({ hasText: 'Ihr Text ist erhalten' }).waitFor();
  await intro.locator('.concept-rich-text').getByText('Zwischendurch ergänzt.').waitFor();
  await expect(page.locator(`#${editorId}`).innerText()).resolves.toContain('Alle dreizehn Kommunen');
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe(`concept-edit-${einleitung.id}-title`);
  await intro.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('status').filter({ hasText: '„Einleitung“ wurde gespeichert.' }).waitFor();
  await intro
    .locator('.concept-rich-text')
    .getByText('Alle dreizehn Kommunen des Kreises haben an der Fortschreibung aktiv teilgenommen.')
    .waitFor();
  await expect(page.evaluate('document.activeElement?.getAttribute("aria-expanded")')).resolves.toBe('false');

  // Freeze a version with a note; its number is announced.
  await page.getByLabel(/^Notiz zur Fassung/).fill(NOTE);
  await page.getByRole('button', { name: 'Fassung einfrieren' }).click();
  const frozen = page.getByRole('status').filter({ hasText: /^Fassung \d+ wurde eingefroren\.$/ });
  await frozen.waitFor();
  const number = Number(/Fassung (\d+)/.exec((await frozen.textContent())!)![1]);
  const versions = page.getByRole('region', { name: 'Fassungen' });
  await versions.getByRole('listitem').filter({ hasText: NOTE }).waitFor();
  await expectAccessible(page, 'Konzeptentwurf: Fassung eingefroren');

  const { conceptDraft } = await graphql<DraftAnswer>(
    page,
    'query($r: ID!) { conceptDraft(revisionId: $r) { versions { id number note } } }',
    { r: revisionId },
  );
  const first = conceptDraft.versions.find((v) => v.number === 1)!;
  const mine = conceptDraft.versions.find((v) => v.note === NOTE)!;
  expect(mine.number).toBe(number);
  newVersionId = mine.id;

  // Compare version 1 with it, chosen in the two selects.
  await versions.getByLabel('Von Fassung').selectOption(first.id);
  await versions.getByLabel('Zu Fassung').selectOption(mine.id);
  await versions.getByRole('button', { name: 'Vergleichen' }).click();
  await heading(page, 'Fassungen vergleichen').waitFor();
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/fortschreibungen/${revisionId}/konzept/vergleich`);
  expect(url.searchParams.get('von')).toBe(first.id);
  expect(url.searchParams.get('zu')).toBe(mine.id);
  await page.getByRole('heading', { name: `Änderungen von Fassung 1 zu Fassung ${number}` }).waitFor();
  await page
    .getByText(/\d+ Abs(atz|ätze) eingefügt, \d+ Abs(atz|ätze) gestrichen, \d+ Abs(atz|ätze) geändert\./)
    .waitFor();
  const redline = page.getByRole('region', { name: 'Text mit Änderungen' });
  const inserted = (await redline.locator('ins').allTextContents()).join(' ');
  const removed = (await redline.locator('del').allTextContents()).join(' ');
  expect(inserted).toContain('dreizehn');
  expect(inserted).toContain('teilgenommen');
  expect(removed).toContain('mitgewirkt');
  expect(inserted).toContain('Patenschaften');
  // The marks are said, not only shown.
  await expect(styleOf(page, '.concept-redline ins', 'content', '::before')).resolves.toContain('eingefügt:');
  await expect(styleOf(page, '.concept-redline del', 'textDecorationLine')).resolves.toContain('line-through');
  await expect(styleOf(page, '.concept-redline ins', 'textDecorationLine')).resolves.toContain('underline');
  await expectAccessible(page, 'Fassungen vergleichen');

  // The Word redline.
  const docx = page.getByRole('link', { name: /Word-Dokument/ });
  const href = await docx.getAttribute('href');
  expect(await docx.getAttribute('download')).not.toBeNull();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');

  // Other versions through the selects on the page itself.
  await page.getByLabel('Von Fassung', { exact: true }).selectOption(mine.id);
  await page.getByLabel('Zu Fassung', { exact: true }).selectOption(mine.id);
  await page.getByRole('button', { name: 'Vergleichen' }).click();
  await page.getByText('Bitte wählen Sie zwei verschiedene Fassungen.').first().waitFor();
  await expectAccessible(page, 'Fassungen vergleichen mit Fehler');
  await expectFitsPhone(page);
  expectNoProblems(page);
  await context.close();
});

test('a participant reads the draft and the comparison without edit controls', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.participant);
  await page.goto(`/fortschreibungen/${revisionId}/konzept`);
  await heading(page, 'Konzeptentwurf').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Einleitung', exact: true }).waitFor();
  await page.getByRole('region', { name: CHAPTER }).getByText('Patenschaften').waitFor();
  await page.getByRole('region', { name: 'Fassungen' }).getByRole('listitem').filter({ hasText: NOTE }).waitFor();
  expect(await page.getByRole('button', { name: /bearbeiten|verschieben|entfernen/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Fassung einfrieren' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Neues Kapitel schreiben' }).count()).toBe(0);
  await expectAccessible(page, 'Konzeptentwurf (Teilnahme)');
  await expectFitsPhone(page);

  await page
    .getByRole('link', { name: /mit Fassung \d+ vergleichen/ })
    .first()
    .click();
  await heading(page, 'Fassungen vergleichen').waitFor();
  await page.getByRole('region', { name: 'Text mit Änderungen' }).waitFor();
  await expectAccessible(page, 'Fassungen vergleichen (Teilnahme)');
  expectNoProblems(page);
  await context.close();
});

test('the concept draft reads in English and fits a phone', async () => {
  const { context, page } = await newPage(browser, { width: 360 });
  await signIn(page, DEMO.coordinator);
  await page.getByRole('button', { name: /English/ }).click();
  await heading(page, 'Overview').waitFor();
  await page.goto(`/fortschreibungen/${revisionId}/konzept`);
  await heading(page, 'Concept draft').waitFor();
  await page.getByRole('navigation', { name: 'Table of contents' }).waitFor();
  await page.getByText('From the recommendations workshop, taken over on freezing:').first().waitFor();
  await page.getByRole('button', { name: 'Edit “Einleitung”' }).waitFor();
  await page.getByRole('button', { name: 'Freeze version' }).waitFor();
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page, 'Concept draft (en, 360 px)');

  await page.goto(`/fortschreibungen/${revisionId}/konzept/vergleich?zu=${newVersionId}`);
  await heading(page, 'Compare versions').waitFor();
  await page.getByText(/paragraphs? changed\./).waitFor();
  await page.getByRole('region', { name: 'Text with changes' }).waitFor();
  await expect(styleOf(page, '.concept-redline ins', 'content', '::before')).resolves.toContain('inserted:');
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
  await expectAccessible(page, 'Compare versions (en, 360 px)');
  expectNoProblems(page);
  await context.close();
});
