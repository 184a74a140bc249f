import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Who came to the demo conference: [name, organisation, role, wishes as field codes, checked in]. */
const PEOPLE: [string, string | null, string, string[], boolean][] = [
  ['Aylin Kaya', 'Caritasverband für den Kreis Gütersloh', 'PROFESSIONAL', ['SB', 'ZT'], true],
  ['Jonas Becker', 'Jobcenter Kreis Gütersloh', 'PROFESSIONAL', ['AW'], true],
  ['Olena Koval', 'Ukrainischer Verein Gütersloh', 'MIGRATION_HISTORY', ['SB', 'GP'], true],
  ['Miriam Schulte', null, 'VOLUNTEER', ['ZT', 'SB'], true],
  ['Karim Haddad', 'Integrationsrat der Stadt Gütersloh', 'MIGRATION_HISTORY', ['AW', 'ZT'], true],
  ['Petra Lange', 'Volkshochschule Reckenberg-Ems', 'PROFESSIONAL', ['SB'], true],
  ['Tomasz Nowak', null, 'CITIZEN', ['WM', 'AW'], false],
  ['Sabine Vogt', 'Stadtverwaltung Rheda-Wiedenbrück', 'PROFESSIONAL', ['PI'], true],
  ['Amina Yusuf', null, 'MIGRATION_HISTORY', ['GP', 'SB'], true],
  ['Lukas Hartmann', 'Diakonie Gütersloh', 'VOLUNTEER', ['WM'], true],
];

/** Cards on the boards: [field code, kind, text, dots]. */
const CARDS: [string, 'CHALLENGE' | 'SOLUTION_APPROACH', string, number][] = [
  ['SB', 'CHALLENGE', 'Mütter mit kleinen Kindern können Sprachkurse oft nicht besuchen.', 3],
  ['SB', 'SOLUTION_APPROACH', 'Kinderbetreuung direkt im Kursgebäude anbieten.', 4],
  ['SB', 'CHALLENGE', 'Eltern verstehen die Briefe der Schule nicht.', 2],
  ['AW', 'CHALLENGE', 'Ausländische Abschlüsse werden zu selten anerkannt.', 3],
  ['AW', 'SOLUTION_APPROACH', 'Anerkennungsberatung in jeder Kommune, einmal im Monat.', 2],
  ['ZT', 'SOLUTION_APPROACH', 'Offene Sprachcafés in den Stadtteilen.', 3],
  ['GP', 'CHALLENGE', 'Arztgespräche scheitern an der Sprache.', 2],
];

/**
 * The Integrationskonferenz of the demo revision, already held: six
 * workshops (one per field of action) in one slot, ten registrations with
 * their wishes and places, cards and dots on the boards, and a first meeting
 * of the workshop phase.
 */
export async function seedDemoConference(
  tx: EntityManager,
  ids: {
    revision: string;
    coordinator: string;
    fields: Map<string, { id: string; title: string }>;
    municipalityId: string;
  },
): Promise<void> {
  const one = async (sql: string, params: unknown[]) => ((await tx.query(sql, params)) as { id: string }[])[0].id;
  const conference = await one(
    `INSERT INTO conference (revision_id, title, description, starts_at, ends_at, venue, address, capacity,
                             registration_opens_at, registration_closes_at, version)
     VALUES ($1, 'Integrationskonferenz 2026', $2, '2026-10-21T07:00:00Z', '2026-10-21T14:00:00Z', 'Kreishaus Gütersloh',
             'Herzebrocker Straße 140, 33334 Gütersloh', 130, '2026-09-01T06:00:00Z', '2026-10-19T22:00:00Z', 1) RETURNING id`,
    [
      ids.revision,
      'Fachkräfte, Ehrenamtliche und Bürgerinnen und Bürger benennen in Workshops Herausforderungen und erste Lösungsansätze.',
    ],
  );
  const privacy = await one(
    `INSERT INTO conference_privacy_text (conference_id, version, text_de, text_en) VALUES ($1, 1, $2, $3) RETURNING id`,
    [
      conference,
      'Wir verarbeiten Ihre Angaben nur, um die Konferenz zu organisieren, und löschen sie drei Monate danach.',
      'We process your details only to organise the conference and delete them three months later.',
    ],
  );
  const sessions = new Map<string, string>();
  let i = 0;
  for (const [code, field] of ids.fields) {
    const joinCode = `DEMO${code}`;
    const session = await one(
      `INSERT INTO workshop_session (conference_id, field_of_action_id, title, slot_starts_at, slot_ends_at, room, capacity, join_code, version)
       VALUES ($1, $2, $3, '2026-10-21T08:30:00Z', '2026-10-21T11:00:00Z', $4, 25, $5, 1) RETURNING id`,
      [conference, field.id, field.title, `Raum ${++i}`, joinCode],
    );
    await tx.query(`INSERT INTO workshop_moderator (session_id, account_id) VALUES ($1, $2)`, [
      session,
      ids.coordinator,
    ]);
    sessions.set(code, session);
  }
  for (const [n, [name, organisation, role, wishes, checkedIn]] of PEOPLE.entries()) {
    const registration = await one(
      `INSERT INTO registration (conference_id, name, email, email_key, organisation, municipality_id, role, status,
                                 privacy_text_id, consented_at, cancel_token_hash, checked_in_at, created_at, queued_at, version)
       VALUES ($1, $2, $3, $3, $4, $5, $6, 'CONFIRMED', $7, '2026-09-10T10:00:00Z', $8, $9, $10, $10, 1) RETURNING id`,
      [
        conference,
        name,
        `teilnahme${n + 1}@beispiel.example`,
        organisation,
        ids.municipalityId,
        role,
        privacy,
        createHash('sha256').update(randomBytes(32)).digest('hex'),
        checkedIn ? '2026-10-21T06:45:00Z' : null,
        new Date(Date.UTC(2026, 8, 10 + n, 10)).toISOString(),
      ],
    );
    for (const [rank, code] of wishes.entries()) {
      await tx.query(`INSERT INTO registration_preference (registration_id, session_id, rank) VALUES ($1, $2, $3)`, [
        registration,
        sessions.get(code),
        rank + 1,
      ]);
    }
    // Everyone got their first wish: the workshops had room for all.
    await tx.query(`INSERT INTO workshop_assignment (registration_id, session_id, rank) VALUES ($1, $2, 1)`, [
      registration,
      sessions.get(wishes[0]),
    ]);
  }
  for (const [n, [code, kind, text, dots]] of CARDS.entries()) {
    const card = await one(
      `INSERT INTO workshop_contribution (session_id, kind, text, author_name, idempotency_key, created_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
      [
        sessions.get(code),
        kind,
        text,
        PEOPLE[n % PEOPLE.length][0].split(' ')[0],
        `demo-${n}`,
        new Date(Date.UTC(2026, 9, 21, 8, 40 + n)).toISOString(),
      ],
    );
    for (let d = 0; d < dots; d++) {
      await tx.query(`INSERT INTO contribution_vote (contribution_id, voter_key, session_id) VALUES ($1, $2, $3)`, [
        card,
        `guest:demo-${d}`,
        sessions.get(code),
      ]);
    }
  }
  const meeting = await one(
    `INSERT INTO workshop_meeting (revision_id, field_of_action_id, title, starts_at, location, attendance, minutes, version)
     VALUES ($1, $2, '1. Workshop Sprache und Bildung', '2026-11-18T15:00:00Z', 'Volkshochschule Reckenberg-Ems', 14, $3, 1) RETURNING id`,
    [
      ids.revision,
      ids.fields.get('SB')!.id,
      '<p>Die Lösungsansätze der Konferenz wurden zu Empfehlungen ausgearbeitet. Die Kinderbetreuung während der Sprachkurse hat Vorrang.</p>',
    ],
  );
  const sb01 = (await tx.query(`SELECT id FROM recommendation WHERE revision_id = $1 AND reference = 'SB-01'`, [
    ids.revision,
  ])) as { id: string }[];
  if (sb01.length) {
    await tx.query(`INSERT INTO workshop_meeting_recommendation (meeting_id, recommendation_id) VALUES ($1, $2)`, [
      meeting,
      sb01[0].id,
    ]);
  }
}
