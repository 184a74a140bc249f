import type { EntityManager } from 'typeorm';

/** Offers of the demo Wegweiser: [title, kind, provider, municipalities (none: all), fields, target groups (index), languages, accessibility, description]. */
const OFFERS: [string, string, string, string[], string[], number[], string[], string | null, string][] = [
  [
    'Migrationsberatung für Erwachsene (MBE)',
    'COUNSELLING',
    'Caritasverband für den Kreis Gütersloh',
    ['Gütersloh'],
    ['AW', 'ZT'],
    [1, 3],
    ['de', 'ar', 'fa'],
    'Stufenloser Zugang, Termine auch telefonisch',
    'Beratung zu Aufenthalt, Arbeit, Wohnen und Familie für Zugewanderte ab 27 Jahren.',
  ],
  [
    'Beratung für Geflüchtete aus der Ukraine',
    'COUNSELLING',
    'Diakonie Gütersloh',
    ['Gütersloh', 'Halle (Westf.)'],
    ['ZT', 'GP'],
    [2],
    ['de', 'uk', 'ru'],
    null,
    'Offene Sprechstunde zu Leistungen, Schule, Kita und Gesundheit.',
  ],
  [
    'Integrationskurs mit Kinderbetreuung',
    'COURSE',
    'Volkshochschule Reckenberg-Ems',
    ['Rheda-Wiedenbrück'],
    ['SB'],
    [1, 3],
    ['de'],
    'Kinderbetreuung im Kursgebäude',
    'Integrationskurs (600 Stunden Deutsch, 100 Stunden Orientierung) vormittags, Kinder werden im Haus betreut.',
  ],
  [
    'Berufssprachkurs B2',
    'COURSE',
    'Jobcenter Kreis Gütersloh',
    [],
    ['SB', 'AW'],
    [0, 1, 2],
    ['de'],
    null,
    'Deutsch für den Beruf, in Teilzeit und mit Praktikum.',
  ],
  [
    'Sprachcafé im Stadtteilzentrum',
    'MEETING_PLACE',
    'Integrationsrat der Stadt Gütersloh',
    ['Gütersloh'],
    ['SB', 'ZT'],
    [],
    ['de', 'ar', 'tr', 'uk'],
    'Stufenloser Zugang',
    'Jeden Donnerstag 16–18 Uhr: Deutsch sprechen, Menschen kennenlernen.',
  ],
  [
    'Anerkennungsberatung',
    'COUNSELLING',
    'Stadtverwaltung Rheda-Wiedenbrück',
    ['Rheda-Wiedenbrück'],
    ['AW'],
    [0, 1, 3],
    ['de', 'en', 'pl', 'ro'],
    null,
    'Hilfe bei der Anerkennung ausländischer Berufs- und Studienabschlüsse.',
  ],
];

/** Made-up figures for the demo: foreign residents per municipality, 2023 and 2024. */
const FOREIGN_RESIDENTS: [string, number, number][] = [
  ['Borgholzhausen', 1150, 1210],
  ['Gütersloh', 21400, 22650],
  ['Halle (Westf.)', 2380, 2460],
  ['Harsewinkel', 3560, 3720],
  ['Herzebrock-Clarholz', 2010, 2090],
  ['Langenberg', 1280, 1330],
  ['Rheda-Wiedenbrück', 11200, 11840],
  ['Rietberg', 3900, 4080],
  ['Schloß Holte-Stukenbrock', 3100, 3240],
  ['Steinhagen', 1920, 2010],
  ['Verl', 4350, 4610],
  ['Versmold', 3050, 3170],
  ['Werther (Westf.)', 980, 1030],
];

/** The demo revision's Wegweiser (six offers), a network, two needs and one indicator shown in the concept. */
export async function seedDemoInventory(
  tx: EntityManager,
  ids: {
    revision: string;
    fields: Map<string, { id: string; title: string }>;
    targetGroups: { id: string; name: string }[];
    organisations: Map<string, string>;
    municipalities: Map<string, string>;
  },
): Promise<void> {
  const [{ id: indicator }] = (await tx.query(
    `INSERT INTO indicator (revision_id, name, unit, source, description, in_concept, version)
     VALUES ($1, 'Ausländische Bevölkerung', 'Personen', 'IT.NRW (Demowerte)', 'Menschen ohne deutsche Staatsangehörigkeit, jeweils zum 31.12.', true, 1)
     RETURNING id`,
    [ids.revision],
  )) as { id: string }[];
  for (const [place, y2023, y2024] of FOREIGN_RESIDENTS)
    await tx.query(
      `INSERT INTO indicator_value (indicator_id, municipality_id, year, value, version) VALUES ($1, $2, 2023, $3, 1), ($1, $2, 2024, $4, 1)`,
      [indicator, ids.municipalities.get(place), y2023, y2024],
    );
  for (const [title, kind, provider, places, fields, groups, languages, accessibility, description] of OFFERS)
    await tx.query(
      `INSERT INTO offer (revision_id, organisation_id, kind, title, description, municipality_ids, field_of_action_ids,
                          target_group_ids, languages, accessibility, contact_email, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)`,
      [
        ids.revision,
        ids.organisations.get(provider),
        kind,
        title,
        description,
        places.map((p) => ids.municipalities.get(p)),
        fields.map((f) => ids.fields.get(f)!.id),
        groups.map((g) => ids.targetGroups[g].id),
        languages,
        accessibility,
        'wegweiser@kreis-guetersloh.example',
      ],
    );
  await tx.query(
    `INSERT INTO network (revision_id, name, description, member_organisation_ids, version) VALUES ($1, $2, $3, $4, 1)`,
    [
      ids.revision,
      'Netzwerk Sprache Kreis Gütersloh',
      'Träger von Sprachkursen und Beratung stimmen ihre Angebote ab.',
      ['Volkshochschule Reckenberg-Ems', 'Caritasverband für den Kreis Gütersloh', 'Jobcenter Kreis Gütersloh'].map(
        (o) => ids.organisations.get(o),
      ),
    ],
  );
  for (const [field, place, title, source] of [
    ['SB', 'Verl', 'Kein Integrationskurs mit Kinderbetreuung in Verl', 'Befragung 2026'],
    ['GP', null, 'Dolmetschende für Arztbesuche fehlen kreisweit', 'Integrationskonferenz 2026'],
  ] as const)
    await tx.query(
      `INSERT INTO need (revision_id, field_of_action_id, municipality_id, title, source, version) VALUES ($1, $2, $3, $4, $5, 1)`,
      [ids.revision, ids.fields.get(field)!.id, place ? ids.municipalities.get(place) : null, title, source],
    );
}
