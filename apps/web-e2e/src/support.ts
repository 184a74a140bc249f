import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run browser tests through `npm test`.');
  return url;
};

export const DEMO_PASSWORD = 'Konzeptwerk-Demo-2026';
export const DEMO = {
  admin: 'admin@konzeptwerk.example',
  coordinator: 'koordination@kreis-guetersloh.example',
  participant: 'teilnahme@caritas-guetersloh.example',
  reviewer: 'integration@rheda-wiedenbrueck.example',
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(
  browser: Browser,
  opts: { locale?: string; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: opts.locale ?? 'de-DE',
    viewport: { width: opts.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  (page as Page & { problems: string[] }).problems = problems;
  return { context, page };
}

/** Every page must pass axe with the WCAG 2.1 A and AA rules. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect({ page: what, violations }).toEqual({ page: what, violations: [] });
}

/** No script errors and no CSP violations happened on the page. */
export function expectNoProblems(page: Page): void {
  expect((page as Page & { problems: string[] }).problems).toEqual([]);
}

export const DEMO_REVISION = 'Fortschreibung des Integrationskonzepts 2026–2028';

/** The page's one h1. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Signs in through the form and waits for the overview. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await heading(page, 'Übersicht').waitFor();
}

/** A GraphQL request with the page's session, as the web app sends it; fails the test on any error. */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** The demo revision's id, as the signed-in page's session sees it. */
export async function demoRevisionId(page: Page): Promise<string> {
  const { regions } = await graphql<{ regions: { revisions: { id: string; title: string }[] }[] }>(
    page,
    '{ regions { revisions { id title } } }',
    {},
  );
  return regions.flatMap((r) => r.revisions).find((r) => r.title === DEMO_REVISION)!.id;
}

/**
 * A conference of the demo revision planned through the API as the signed-in coordinator, `inHours` from now,
 * with workshops that share one slot; the journeys that show planning through the form do not use it.
 */
export async function planConference(
  page: Page,
  plan: {
    title: string;
    inHours: number;
    capacity: number;
    workshops: { title: string; room: string; capacity: number }[];
  },
): Promise<{ revisionId: string; conferenceId: string; workshops: Map<string, string> }> {
  const revisionId = await demoRevisionId(page);
  const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const at = (h: number) => new Date(hour + (plan.inHours + h) * 3_600_000).toISOString();
  const { createConference } = await graphql<{ createConference: { id: string } }>(
    page,
    'mutation ($input: CreateConferenceInput!) { createConference(input: $input) { id } }',
    {
      input: {
        revisionId,
        title: plan.title,
        startsAt: at(0),
        endsAt: at(6),
        venue: 'Kreishaus Gütersloh',
        capacity: plan.capacity,
        registrationOpensAt: at(-plan.inHours - 2),
        registrationClosesAt: at(-8),
        privacyTextDe: 'Wir verarbeiten Ihre Angaben nur für die Konferenz.',
        privacyTextEn: 'We process your details only for the conference.',
      },
    },
  );
  const workshops = new Map<string, string>();
  for (const w of plan.workshops) {
    const { addWorkshop } = await graphql<{ addWorkshop: { id: string } }>(
      page,
      'mutation ($c: ID!, $input: WorkshopSessionInput!) { addWorkshop(conferenceId: $c, input: $input) { id } }',
      { c: createConference.id, input: { ...w, slotStartsAt: at(1), slotEndsAt: at(3) } },
    );
    workshops.set(w.title, addWorkshop.id);
  }
  return { revisionId, conferenceId: createConference.id, workshops };
}
