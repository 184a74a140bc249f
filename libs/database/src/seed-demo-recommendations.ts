import type { EntityManager } from 'typeorm';
import { fingerprintTerms } from '@konzeptwerk/recommendations';
import { richTextToPlain } from '@konzeptwerk/platform';

type Status = 'DRAFT' | 'SUBMITTED' | 'IN_REVIEW' | 'FEASIBILITY_CHECK' | 'AGREED' | 'NOT_ADOPTED';

/** [field code, title, rationale, status, author (participant index), target group indexes, organisations, reason] */
const RECOMMENDATIONS: [string, string, string, Status, 0 | 1, number[], string[], string?][] = [
  [
    'SB',
    'Sprachkurse mit Kinderbetreuung ausbauen',
    'Viele Mütter mit kleinen Kindern können Integrationskurse nur besuchen, wenn die Kinder während des Kurses betreut werden. Kurse mit Kinderbetreuung sollen in allen Mittelzentren angeboten werden.',
    'IN_REVIEW',
    0,
    [1, 2],
    ['Volkshochschule Reckenberg-Ems'],
  ],
  [
    'SB',
    'Sprachmittlung in Kitas und Schulen sichern',
    'Elterngespräche in Kitas und Schulen scheitern oft an der Sprache. Ein kreisweiter Pool qualifizierter Sprachmittlerinnen und Sprachmittler soll kurzfristig abrufbar sein.',
    'SUBMITTED',
    1,
    [0, 1, 2],
    [],
  ],
  [
    'SB',
    'Elterncafés an Grundschulen',
    'Regelmäßige Elterncafés an Grundschulen schaffen Vertrauen zwischen Familien und Schule und informieren über das Schulsystem.',
    'AGREED',
    0,
    [1, 3],
    ['Caritasverband für den Kreis Gütersloh'],
  ],
  [
    'AW',
    'Anerkennungsberatung in allen Kommunen anbieten',
    'Ausländische Berufsabschlüsse bleiben oft ungenutzt. Eine aufsuchende Anerkennungsberatung soll in jeder Kommune mindestens monatlich Sprechstunden anbieten.',
    'FEASIBILITY_CHECK',
    1,
    [0, 1, 3],
    ['Jobcenter Kreis Gütersloh', 'Volkshochschule Reckenberg-Ems'],
  ],
  [
    'AW',
    'Ausbildungspatenschaften für junge Geflüchtete',
    'Ehrenamtliche Patinnen und Paten begleiten junge Geflüchtete durch die Ausbildung und helfen bei Berufsschule und Behörden.',
    'IN_REVIEW',
    0,
    [1, 2],
    ['Jobcenter Kreis Gütersloh'],
  ],
  [
    'AW',
    'Jobmesse für Zugewanderte',
    'Eine jährliche Jobmesse bringt Betriebe aus dem Kreis mit zugewanderten Fachkräften zusammen.',
    'SUBMITTED',
    1,
    [0, 3],
    [],
  ],
  [
    'ZT',
    'Offene Sprachcafés in allen Kommunen',
    'Offene Sprachcafés bieten Gelegenheit, Deutsch im Alltag zu üben und Nachbarinnen und Nachbarn kennenzulernen.',
    'SUBMITTED',
    0,
    [1, 2],
    ['Diakonie Gütersloh'],
  ],
  [
    'ZT',
    'Begegnungscafés in den Stadtteilen',
    'In Begegnungscafés treffen sich Alteingesessene und Zugewanderte, üben Deutsch und lernen sich kennen.',
    'IN_REVIEW',
    1,
    [0, 2],
    [],
  ],
  [
    'ZT',
    'Qualifizierung für Integrationslotsinnen und -lotsen',
    'Ehrenamtliche Lotsinnen und Lotsen werden geschult und fachlich begleitet, damit sie Neuzugewanderte gut unterstützen können.',
    'IN_REVIEW',
    0,
    [1, 2],
    ['Caritasverband für den Kreis Gütersloh'],
  ],
  [
    'WM',
    'Mietführerschein für Geflüchtete',
    'Ein Kurs zu Mietrecht, Nebenkosten und Hausordnung erleichtert den Auszug aus Gemeinschaftsunterkünften.',
    'SUBMITTED',
    1,
    [1, 2],
    [],
  ],
  [
    'WM',
    'Wohnraumbörse des Kreises',
    'Eine Online-Börse soll Vermieterinnen und Vermieter mit Geflüchteten zusammenbringen.',
    'NOT_ADOPTED',
    0,
    [1],
    [],
    'Der Wohnungsmarkt wird bereits über die Wohnraumvermittlung der Städte abgedeckt.',
  ],
  [
    'GP',
    'Sprachmittlung im Gesundheitswesen',
    'Arztpraxen und Kliniken brauchen verlässliche Sprachmittlung, damit Diagnosen und Behandlungen verstanden werden.',
    'IN_REVIEW',
    1,
    [0, 1, 2],
    [],
  ],
  [
    'GP',
    'Psychosoziale Beratung für Geflüchtete ausbauen',
    'Traumatisierte Geflüchtete warten monatelang auf Beratung. Die Kapazitäten sollen ausgebaut werden.',
    'DRAFT',
    0,
    [1, 2],
    ['Diakonie Gütersloh'],
  ],
  [
    'PI',
    'Interkulturelle Schulungen für Verwaltungsmitarbeitende',
    'Mitarbeitende der Verwaltungen werden regelmäßig interkulturell geschult, besonders in Bürgerbüros und Ausländerbehörde.',
    'AGREED',
    1,
    [0, 1, 2, 3],
    ['Stadtverwaltung Rheda-Wiedenbrück'],
  ],
  [
    'PI',
    'Mehrsprachige Informationen der Ausländerbehörde',
    'Merkblätter und Termine der Ausländerbehörde sollen in den häufigsten Herkunftssprachen und in Leichter Sprache vorliegen.',
    'SUBMITTED',
    0,
    [0, 1, 2],
    [],
  ],
];

/**
 * The workshop phase of the demo revision: recommendations in every status,
 * with supports, comments, an evidence trail and a feasibility request the
 * demo implementing actor has yet to answer.
 */
export async function seedDemoRecommendations(
  tx: EntityManager,
  ids: {
    revision: string;
    coordinator: string;
    participants: [string, string];
    implementer: string;
    fields: Map<string, { id: string; title: string }>;
    targetGroups: { id: string; name: string }[];
    organisations: Map<string, string>;
  },
): Promise<void> {
  const numbers = new Map<string, number>();
  const byReference = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const [code, title, text, status, author, groups, orgs, reason] of RECOMMENDATIONS) {
    const field = ids.fields.get(code)!;
    const number = (numbers.get(code) ?? 0) + 1;
    numbers.set(code, number);
    const reference = `${code}-${String(number).padStart(2, '0')}`;
    const rationale = `<p>${text}</p>`;
    const plain = richTextToPlain(rationale);
    const authorId = ids.participants[author];
    const [{ id }] = (await tx.query(
      `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, rationale_plain, terms,
         time_horizon, status, status_reason, created_by_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1) RETURNING id`,
      [
        ids.revision,
        field.id,
        number,
        reference,
        title,
        rationale,
        plain,
        fingerprintTerms({ title, body: plain }),
        ['SHORT', 'MEDIUM', 'LONG'][number % 3],
        status,
        reason ?? null,
        authorId,
      ],
    )) as { id: string }[];
    byReference.set(reference, id);
    titles.set(reference, title);
    await tx.query(
      `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator) VALUES ($1, $2, true)`,
      [id, authorId],
    );
    const chosen = groups.map((g) => ids.targetGroups[g]);
    for (const g of chosen) {
      await tx.query(`INSERT INTO recommendation_target_group (recommendation_id, target_group_id) VALUES ($1, $2)`, [
        id,
        g.id,
      ]);
    }
    for (const name of orgs) {
      await tx.query(`INSERT INTO recommendation_organisation (recommendation_id, organisation_id) VALUES ($1, $2)`, [
        id,
        ids.organisations.get(name),
      ]);
    }
    await tx.query(
      `INSERT INTO recommendation_version (recommendation_id, number, row_version, snapshot, author_id) VALUES ($1, 1, 1, $2, $3)`,
      [
        id,
        JSON.stringify({
          title,
          rationale,
          fieldOfAction: `${code} ${field.title}`,
          targetGroups: chosen.map((g) => g.name),
          municipalities: [],
          organisations: orgs,
          timeHorizon: ['SHORT', 'MEDIUM', 'LONG'][number % 3],
          resources: null,
          indicators: null,
        }),
        authorId,
      ],
    );
    if (status !== 'DRAFT') {
      // The other participant supports every second one that is open for discussion.
      if (number % 2 === 1) {
        await tx.query(`INSERT INTO recommendation_support (recommendation_id, account_id) VALUES ($1, $2)`, [
          id,
          ids.participants[author === 0 ? 1 : 0],
        ]);
      }
      await tx.query(
        `INSERT INTO evidence_link (recommendation_id, kind, label, created_by_id) VALUES ($1, 'CHALLENGE', $2, $3)`,
        [id, `Integrationskonferenz 2026, Workshop ${field.title}`, ids.coordinator],
      );
    }
  }
  const comment = async (reference: string, author: string, body: string, parent: string | null = null) =>
    (
      (await tx.query(
        `INSERT INTO recommendation_comment (recommendation_id, parent_id, author_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
        [byReference.get(reference), parent, author, body],
      )) as { id: string }[]
    )[0].id;
  const first = await comment(
    'SB-01',
    ids.implementer,
    'Das Jobcenter kann die Kinderbetreuung in Gütersloh mitfinanzieren.',
  );
  await comment('SB-01', ids.participants[0], 'Danke! Dann sollten wir Rheda-Wiedenbrück gleich mit aufnehmen.', first);
  await comment(
    'AW-01',
    ids.coordinator,
    'Die Volkshochschule prüft, ob Sprechstunden in den Bürgerbüros möglich sind.',
  );

  // What the first participant finds under Benachrichtigungen: the comment on SB-01 (unread) and SB-03's agreement (read).
  const notice = (reference: string, kind: string, by: string, params: object, createdAt: string, read: boolean) =>
    tx.query(
      `INSERT INTO notification (account_id, region_id, kind, params, link, created_at, read_at)
       SELECT $1, r.region_id, $2, $3::jsonb || jsonb_build_object('by', a.display_name), $4, $5, CASE WHEN $6 THEN $5::timestamptz END
         FROM concept_revision r, account a WHERE r.id = $7 AND a.id = $8`,
      [
        ids.participants[0],
        kind,
        JSON.stringify({ reference, title: titles.get(reference), ...params }),
        `/fortschreibungen/${ids.revision}/empfehlungen/${byReference.get(reference)}`,
        createdAt,
        read,
        ids.revision,
        by,
      ],
    );
  await notice(
    'SB-03',
    'recommendation.status',
    ids.coordinator,
    { from: 'IN_REVIEW', to: 'AGREED', reason: null },
    '2026-11-18T09:30:00Z',
    true,
  );
  await notice('SB-01', 'recommendation.comment', ids.implementer, {}, '2026-11-21T14:05:00Z', false);

  const [{ id: request }] = (await tx.query(
    `INSERT INTO feasibility_request (revision_id, deadline, message, reminder_days_before, created_by_id)
     VALUES ($1, $2, $3, '{7,1}', $4) RETURNING id`,
    [
      ids.revision,
      '2026-12-11T16:00:00Z',
      'Bitte prüfen Sie, ob Ihre Organisation die Empfehlung umsetzen kann.',
      ids.coordinator,
    ],
  )) as { id: string }[];
  await tx.query(
    `INSERT INTO feasibility_check (request_id, recommendation_id, organisation_id, version) VALUES ($1, $2, $3, 1)`,
    [request, byReference.get('AW-01'), ids.organisations.get('Jobcenter Kreis Gütersloh')],
  );
  await tx.query(
    `INSERT INTO feasibility_check (request_id, recommendation_id, organisation_id, answer, comment, answered_at, version)
     VALUES ($1, $2, $3, 'FEASIBLE_WITH_CONDITIONS', 'Umsetzbar, wenn die Kommunen Räume stellen.', '2026-11-20T10:00:00Z', 2)`,
    [request, byReference.get('AW-01'), ids.organisations.get('Volkshochschule Reckenberg-Ems')],
  );
}
