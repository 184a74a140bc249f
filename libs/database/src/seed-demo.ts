import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { PHASE_ORDER } from '@konzeptwerk/contracts';
import { seedDemoConcept } from './seed-demo-concept';
import { seedDemoConference } from './seed-demo-conference';
import { seedDemoInventory } from './seed-demo-inventory';
import { seedDemoRecommendations } from './seed-demo-recommendations';
import { seedDemoSurveys } from './seed-demo-surveys';

export const DEMO_PASSWORD = 'Konzeptwerk-Demo-2026';

export const DEMO_ACCOUNTS = [
  { role: 'Plattformbetrieb (admin)', email: 'admin@konzeptwerk.example', name: 'Plattformbetrieb' },
  {
    role: 'Koordination KI Kreis Gütersloh (coordinator)',
    email: 'koordination@kreis-guetersloh.example',
    name: 'Anna Koordination',
  },
  { role: 'Teilnehmende*r (participant)', email: 'teilnahme@caritas-guetersloh.example', name: 'Yusuf Demir' },
  {
    role: 'Kommune Rheda-Wiedenbrück (municipal reviewer)',
    email: 'integration@rheda-wiedenbrueck.example',
    name: 'Petra Verwaltung',
  },
  {
    role: 'Jobcenter Kreis Gütersloh (implementing actor)',
    email: 'umsetzung@jobcenter-kreis-guetersloh.example',
    name: 'Jonas Berger',
  },
  { role: 'Teilnehmende*r (participant)', email: 'ehrenamt@integrationsrat-guetersloh.example', name: 'Mariam Haddad' },
] as const;

const MUNICIPALITIES: [string, 'STADT' | 'GEMEINDE'][] = [
  ['Borgholzhausen', 'STADT'],
  ['Gütersloh', 'STADT'],
  ['Halle (Westf.)', 'STADT'],
  ['Harsewinkel', 'STADT'],
  ['Herzebrock-Clarholz', 'GEMEINDE'],
  ['Langenberg', 'GEMEINDE'],
  ['Rheda-Wiedenbrück', 'STADT'],
  ['Rietberg', 'STADT'],
  ['Schloß Holte-Stukenbrock', 'STADT'],
  ['Steinhagen', 'GEMEINDE'],
  ['Verl', 'STADT'],
  ['Versmold', 'STADT'],
  ['Werther (Westf.)', 'STADT'],
];

const ORGANISATIONS: [string, string, string[]][] = [
  ['Jobcenter Kreis Gütersloh', 'JOBCENTER', ['Gütersloh', 'Rheda-Wiedenbrück', 'Verl']],
  ['Caritasverband für den Kreis Gütersloh', 'WELFARE_ASSOCIATION', ['Gütersloh', 'Rheda-Wiedenbrück']],
  ['Diakonie Gütersloh', 'WELFARE_ASSOCIATION', ['Gütersloh', 'Halle (Westf.)']],
  ['Volkshochschule Reckenberg-Ems', 'EDUCATION_PROVIDER', ['Rheda-Wiedenbrück', 'Rietberg']],
  ['Integrationsrat der Stadt Gütersloh', 'MIGRANT_ORGANISATION', ['Gütersloh']],
  ['Stadtverwaltung Rheda-Wiedenbrück', 'ADMINISTRATION', ['Rheda-Wiedenbrück']],
];

const FIELDS: [string, string, string][] = [
  [
    'Sprache und Bildung',
    'SB',
    'Sprachförderung von der Kita bis zur beruflichen Bildung, Zugang zu Schule und Weiterbildung.',
  ],
  ['Arbeit und Wirtschaft', 'AW', 'Zugang zu Ausbildung und Arbeit, Anerkennung ausländischer Abschlüsse.'],
  ['Zusammenleben und aktive Teilhabe', 'ZT', 'Begegnung, Ehrenamt, politische und gesellschaftliche Teilhabe.'],
  ['Wohnen und Mobilität', 'WM', 'Zugang zu Wohnraum und Mobilität im ländlichen Raum.'],
  ['Gesundheit und Pflege', 'GP', 'Zugang zu Gesundheitsversorgung, Pflege und psychosozialer Beratung.'],
  ['Professionalisierung und Institutionen', 'PI', 'Interkulturelle Öffnung und Vernetzung der Institutionen.'],
];

const TARGET_GROUPS: [string, string][] = [
  ['Menschen aus Mittel- und Südosteuropa', 'EU-Zugewanderte, v. a. aus Rumänien, Bulgarien und Polen.'],
  ['Seit 2015 geflüchtete Menschen', 'Menschen mit Fluchtgeschichte, die seit 2015 im Kreis leben.'],
  ['Geflüchtete aus der Ukraine', 'Schutzsuchende seit 2022.'],
  ['Länger hier lebende Zugewanderte', 'Mit Potenzial einer nachzuholenden Integration.'],
];

/** Planned dates of the demo revision: inventory, survey and conference are done, the workshops run. */
const PHASES: Record<string, [string, string, 'PLANNED' | 'ACTIVE' | 'CLOSED']> = {
  INVENTORY: ['2026-01-12', '2026-04-30', 'CLOSED'],
  SURVEY: ['2026-03-02', '2026-06-30', 'CLOSED'],
  CONFERENCE: ['2026-09-18', '2026-09-18', 'CLOSED'],
  WORKSHOPS: ['2026-10-05', '2027-02-26', 'ACTIVE'],
  FINALISATION: ['2027-03-01', '2027-12-17', 'PLANNED'],
};

/**
 * The demo region Kreis Gütersloh with its municipalities, organisations, a
 * revision and accounts for each role. Runs once: a second call finds the
 * region and changes nothing.
 */
export async function seedDemo(ds: DataSource): Promise<{ created: boolean }> {
  return ds.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727272)');
    const existing = await tx.query(`SELECT id FROM region WHERE name = 'Kreis Gütersloh'`);
    if (existing.length) return { created: false };
    const one = async (sql: string, params: unknown[]) => ((await tx.query(sql, params)) as { id: string }[])[0].id;
    const region = await one(
      `INSERT INTO region (name, kind, version) VALUES ('Kreis Gütersloh', 'KREIS', 1) RETURNING id`,
      [],
    );
    const municipalities = new Map<string, string>();
    for (const [name, kind] of MUNICIPALITIES) {
      municipalities.set(
        name,
        await one(`INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, $3) RETURNING id`, [
          region,
          name,
          kind,
        ]),
      );
    }
    const organisations = new Map<string, string>();
    for (const [name, type, places] of ORGANISATIONS) {
      const org = await one(
        `INSERT INTO organisation (region_id, name, type, contact_email, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [
          region,
          name,
          type,
          `kontakt@${name
            .toLowerCase()
            .replace(/[^a-z]+/g, '-')
            .replace(/^-|-$/g, '')}.example`,
        ],
      );
      organisations.set(name, org);
      for (const place of places) {
        await tx.query(`INSERT INTO organisation_municipality (organisation_id, municipality_id) VALUES ($1, $2)`, [
          org,
          municipalities.get(place),
        ]);
      }
    }
    const revision = await one(
      `INSERT INTO concept_revision (region_id, title, description, version) VALUES ($1, $2, $3, 1) RETURNING id`,
      [
        region,
        'Fortschreibung des Integrationskonzepts 2026–2028',
        'Kreisweite Fortschreibung in Abstimmung mit den 13 kreisangehörigen Städten und Gemeinden.',
      ],
    );
    for (const [i, kind] of PHASE_ORDER.entries()) {
      const [start, end, state] = PHASES[kind];
      await tx.query(
        `INSERT INTO phase (revision_id, kind, position, state, planned_start, planned_end, activated_at, closed_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)`,
        [
          revision,
          kind,
          i + 1,
          state,
          start,
          end,
          state === 'PLANNED' ? null : `${start}T08:00:00Z`,
          state === 'CLOSED' ? `${end}T16:00:00Z` : null,
        ],
      );
    }
    const fields = new Map<string, { id: string; title: string }>();
    for (const [i, [title, code, description]] of FIELDS.entries()) {
      const field = await one(
        `INSERT INTO field_of_action (revision_id, title, code, description, position, version) VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
        [revision, title, code, description, i + 1],
      );
      await tx.query(
        `INSERT INTO goal (revision_id, field_of_action_id, text, position, version) VALUES ($1, $2, $3, 1, 1)`,
        [revision, field, `Angebote im Handlungsfeld „${title}“ sind in allen Kommunen bekannt und erreichbar.`],
      );
      fields.set(code, { id: field, title });
    }
    await tx.query(`INSERT INTO goal (revision_id, text, position, version) VALUES ($1, $2, 1, 1)`, [
      revision,
      'Alle Menschen im Kreis Gütersloh haben gleiche Chancen auf Teilhabe.',
    ]);
    await tx.query(`INSERT INTO guideline (revision_id, title, text, position, version) VALUES ($1, $2, $3, 1, 1)`, [
      revision,
      'Integration ist eine Querschnittsaufgabe',
      'Alle Ämter und Einrichtungen tragen Verantwortung für Teilhabe.',
    ]);
    const targetGroups: { id: string; name: string }[] = [];
    for (const [i, [name, description]] of TARGET_GROUPS.entries()) {
      const id = await one(
        `INSERT INTO target_group (revision_id, name, description, position, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [revision, name, description, i + 1],
      );
      targetGroups.push({ id, name });
    }
    const passwordHash = await hash(DEMO_PASSWORD);
    const ids: string[] = [];
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      ids.push(
        await one(
          `INSERT INTO account (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
          [a.email, a.name, passwordHash, i === 0],
        ),
      );
    }
    await tx.query(`INSERT INTO region_coordinator (region_id, account_id) VALUES ($1, $2)`, [region, ids[1]]);
    await tx.query(`INSERT INTO revision_membership (revision_id, account_id, role) VALUES ($1, $2, 'PARTICIPANT')`, [
      revision,
      ids[2],
    ]);
    await tx.query(
      `INSERT INTO revision_membership (revision_id, account_id, role, municipality_id) VALUES ($1, $2, 'MUNICIPAL_REVIEWER', $3)`,
      [revision, ids[3], municipalities.get('Rheda-Wiedenbrück')],
    );
    await tx.query(
      `INSERT INTO revision_membership (revision_id, account_id, role, organisation_id) VALUES ($1, $2, 'IMPLEMENTING_ACTOR', $3)`,
      [revision, ids[4], organisations.get('Jobcenter Kreis Gütersloh')],
    );
    await tx.query(`INSERT INTO revision_membership (revision_id, account_id, role) VALUES ($1, $2, 'PARTICIPANT')`, [
      revision,
      ids[5],
    ]);
    await seedDemoRecommendations(tx, {
      revision,
      coordinator: ids[1],
      participants: [ids[2], ids[5]],
      implementer: ids[4],
      fields,
      targetGroups,
      organisations,
    });
    await seedDemoConference(tx, {
      revision,
      coordinator: ids[1],
      fields,
      municipalityId: municipalities.get('Gütersloh')!,
    });
    await seedDemoInventory(tx, { revision, fields, targetGroups, organisations, municipalities });
    await seedDemoSurveys(tx, { revision, fields, municipalities });
    await seedDemoConcept(tx, {
      revision,
      coordinator: ids[1],
      fields,
      municipalities: [municipalities.get('Rheda-Wiedenbrück')!, municipalities.get('Gütersloh')!],
    });
    await tx.query(
      `INSERT INTO audit_entry (region_id, revision_id, actor_id, action, entity_type, entity_id, after)
       VALUES ($1, $2, $3, 'revision.created', 'ConceptRevision', $4, $5)`,
      [
        region,
        revision,
        ids[1],
        revision,
        JSON.stringify({ title: 'Fortschreibung des Integrationskonzepts 2026–2028' }),
      ],
    );
    return { created: true };
  });
}
