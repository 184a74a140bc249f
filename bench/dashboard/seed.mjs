// Earlier revisions of the demo region, so the dashboard shows what a region
// with some history looks like: each with its five (closed) phases, six fields
// of action and four target groups, like the demo revision seedDemo creates.
const PHASES = ['INVENTORY', 'SURVEY', 'CONFERENCE', 'WORKSHOPS', 'FINALISATION'];

const FIELDS = [
  ['Sprache und Bildung', 'SB', 'Sprachförderung von der Kita bis zur beruflichen Bildung.'],
  ['Arbeit und Wirtschaft', 'AW', 'Zugang zu Ausbildung und Arbeit, Anerkennung ausländischer Abschlüsse.'],
  ['Zusammenleben und aktive Teilhabe', 'ZT', 'Begegnung, Ehrenamt, politische und gesellschaftliche Teilhabe.'],
  ['Wohnen und Mobilität', 'WM', 'Zugang zu Wohnraum und Mobilität im ländlichen Raum.'],
  ['Gesundheit und Pflege', 'GP', 'Zugang zu Gesundheitsversorgung, Pflege und psychosozialer Beratung.'],
  ['Professionalisierung und Institutionen', 'PI', 'Interkulturelle Öffnung und Vernetzung der Institutionen.'],
];

const TARGET_GROUPS = [
  ['Menschen aus Mittel- und Südosteuropa', 'EU-Zugewanderte, v. a. aus Rumänien, Bulgarien und Polen.'],
  ['Geflüchtete Menschen', 'Menschen mit Fluchtgeschichte, die im Kreis leben.'],
  ['Junge Zugewanderte', 'Jugendliche und junge Erwachsene am Übergang Schule–Beruf.'],
  ['Länger hier lebende Zugewanderte', 'Mit Potenzial einer nachzuholenden Integration.'],
];

/**
 * Adds `count` earlier revisions to the region, one per year before 2026,
 * with distinct creation times so "newest first" has one answer.
 * @param {import('pg').Client} client
 */
export async function addEarlierRevisions(client, regionId, count) {
  await client.query('BEGIN');
  try {
    for (let i = 1; i <= count; i++) {
      const year = 2026 - i;
      const {
        rows: [{ id }],
      } = await client.query(
        `INSERT INTO concept_revision (region_id, title, description, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $4, 1) RETURNING id`,
        [
          regionId,
          `Fortschreibung des Integrationskonzepts ${year}`,
          `Jährliche Fortschreibung ${year} mit den 13 kreisangehörigen Städten und Gemeinden.`,
          `${year}-01-15T09:00:00Z`,
        ],
      );
      for (const [p, kind] of PHASES.entries()) {
        const start = `${year}-${String(2 * p + 1).padStart(2, '0')}-01`;
        const end = `${year}-${String(2 * p + 2).padStart(2, '0')}-28`;
        await client.query(
          `INSERT INTO phase (revision_id, kind, position, state, planned_start, planned_end, activated_at, closed_at, version)
           VALUES ($1, $2, $3, 'CLOSED', $4, $5, $6, $7, 1)`,
          [id, kind, p + 1, start, end, `${start}T08:00:00Z`, `${end}T16:00:00Z`],
        );
      }
      for (const [f, [title, code, description]] of FIELDS.entries()) {
        await client.query(
          `INSERT INTO field_of_action (revision_id, title, code, description, position, version) VALUES ($1, $2, $3, $4, $5, 1)`,
          [id, title, code, description, f + 1],
        );
      }
      for (const [t, [name, description]] of TARGET_GROUPS.entries()) {
        await client.query(
          `INSERT INTO target_group (revision_id, name, description, position, version) VALUES ($1, $2, $3, $4, 1)`,
          [id, name, description, t + 1],
        );
      }
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
