import type { Browser } from 'playwright-core';
import { redPng } from '../../../libs/testing/src/images';
import { readPdf } from '../../../libs/testing/src/read-pdf';
import {
  DEMO,
  expectAccessible,
  expectNoProblems,
  graphql,
  launchBrowser,
  newPage,
  signIn,
  demoRevisionId,
} from './support';

/**
 * The documentation of the demo's Integrationskonferenz 2026, as its
 * coordinator makes it: a photo of a flip chart is refused without a
 * description (focus goes to the field), then uploaded for the workshop it
 * belongs to and shown with its description as text alternative; the PDF is
 * built in the background with its progress in the page, downloaded, and
 * holds the workshops' cards and the photo as a figure. The page passes axe
 * and fits a phone.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const CAPTION = 'Flipchart mit den Karten zu Sprachkursen und Kinderbetreuung';

test('the coordinator adds a flip-chart photo and builds the documentation as PDF', async () => {
  const { context, page } = await newPage(browser);
  await signIn(page, DEMO.coordinator);
  const revision = { id: await demoRevisionId(page) };
  const { conferences } = await graphql<{
    conferences: { id: string; title: string; workshops: { title: string }[] }[];
  }>(page, 'query($r:ID!){ conferences(revisionId:$r){ id title workshops { title } } }', { r: revision.id });
  const demo = conferences.find((c) => c.title === 'Integrationskonferenz 2026')!;
  await page.goto(`/fortschreibungen/${revision.id}/konferenz?konferenz=${demo.id}`);
  const photos = page.getByRole('region', { name: 'Fotos der Flipcharts' });
  await photos.waitFor();

  // Without a description the photo is not sent, and the field says why.
  await photos.getByLabel('Foto', { exact: true }).setInputFiles({
    name: 'flipchart.png',
    mimeType: 'image/png',
    buffer: redPng(320, 240),
  });
  await photos.getByRole('button', { name: 'Foto hochladen' }).click();
  const caption = photos.getByLabel('Was ist auf dem Foto zu sehen?');
  await photos.getByText('Bitte beschreiben Sie, was auf dem Foto zu sehen ist.').waitFor();
  await expect(page.evaluate('document.activeElement?.id')).resolves.toBe(await caption.getAttribute('id'));
  expect(await photos.getByRole('img').count()).toBe(0);

  await caption.fill(CAPTION);
  const workshop = demo.workshops[0].title;
  await photos.getByLabel('Gehört zu').selectOption({ label: workshop });
  await photos.getByRole('button', { name: 'Foto hochladen' }).click();
  await photos.getByRole('status').getByText(`Das Foto „${CAPTION}“ ist hochgeladen.`).waitFor();
  const image = photos.getByRole('img', { name: CAPTION });
  await image.waitFor();
  // Shown from the API as uploaded: the browser decoded all 320 pixels of its width.
  // (Polled with evaluate: waitForFunction would evaluate a string, which the strict CSP forbids.)
  const decoded = `[...document.images].some((i) => i.alt === ${JSON.stringify(CAPTION)} && i.complete && i.naturalWidth === 320)`;
  for (let tries = 0; !(await page.evaluate(decoded)); tries++) {
    expect(tries).toBeLessThan(100);
    await page.waitForTimeout(50);
  }
  await expectAccessible(page, 'Konferenz mit Foto der Dokumentation');

  // The PDF, built by the worker; the page follows it until the file is there.
  const build = page.getByRole('region', { name: 'Dokumentation erstellen' });
  await build.getByRole('button', { name: 'Als PDF erstellen' }).click();
  const steps = demo.workshops.length + 1;
  await build.getByText(`Schritt ${steps} von ${steps}. Der Export ist fertig.`).waitFor({ timeout: 30_000 });
  const link = build
    .getByRole('link', { name: /^dokumentation-integrationskonferenz-2026-.*\.pdf herunterladen/ })
    .first();
  const file = await page.request.get((await link.getAttribute('href'))!);
  expect(file.headers()['content-type']).toBe('application/pdf');
  const pdf = await readPdf(Buffer.from(await file.body()));
  expect(pdf.figures).toEqual([CAPTION]);
  expect(pdf.outline).toEqual(expect.arrayContaining(demo.workshops.map((w) => w.title)));
  expect(pdf.pages.join(' ').replace(/\s+/g, ' ')).toContain(CAPTION);
  await expectAccessible(page, 'Konferenz mit fertiger Dokumentation');
  expectNoProblems(page);

  // On a phone the photos and the export fit the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);

  // Removed again, by its name.
  await photos.getByRole('button', { name: `Foto „${CAPTION}“ entfernen` }).click();
  await photos.getByText('Noch keine Fotos.').waitFor();
  await context.close();
});
