// Recommendations for the benchmark, added to the demo revision the API seeded:
//
// - `listed` recommendations IN_REVIEW, FEASIBILITY_CHECK or AGREED, spread
//   over the fields of action, each with its creator (every third with a
//   co-author), 0–5 supports, 0–4 comments, 0–2 implementing organisations,
//   1–3 target groups and, for every fourth, a choice of municipalities;
// - `drafts` DRAFTs of the demo participant with a rationale, one for each
//   SUBMIT the benchmark sends (a recommendation is submitted once).
//
// Which links a recommendation gets is derived from hashes of its id, so the
// data is mixed but needs no random generator. Everything in one transaction.
const STATUSES = ['IN_REVIEW', 'FEASIBILITY_CHECK', 'AGREED'];

const RATIONALE =
  'Viele Familien erreichen die bestehenden Angebote nicht, weil Informationen fehlen, Wege weit sind oder die Zeiten ' +
  'nicht zu Arbeit und Kinderbetreuung passen. Die Empfehlung bündelt Angebote vor Ort und macht sie bekannt.';

/**
 * @param {import('pg').Client} client
 * @returns {Promise<{ revisionId: string, drafts: string[] }>}
 */
export async function seedRecommendations(client, { revisionTitle, participantEmail, listed, drafts }) {
  await client.query('BEGIN');
  try {
    const [revision] = (
      await client.query('SELECT id, region_id FROM concept_revision WHERE title = $1', [revisionTitle])
    ).rows;
    if (!revision) throw new Error(`the demo seed has no revision "${revisionTitle}"`);
    const [participant] = (await client.query('SELECT id FROM account WHERE email = $1', [participantEmail])).rows;
    if (!participant) throw new Error(`the demo seed has no account ${participantEmail}`);
    const fields = (
      await client.query(
        `SELECT f.id, f.code, coalesce(max(r.number), 0)::int AS last
           FROM field_of_action f LEFT JOIN recommendation r ON r.field_of_action_id = f.id
          WHERE f.revision_id = $1 GROUP BY f.id, f.code, f.position ORDER BY f.position`,
        [revision.id],
      )
    ).rows;
    const accounts = (await client.query('SELECT id FROM account ORDER BY email')).rows.map((a) => a.id);

    const rows = { field: [], number: [], reference: [], title: [], status: [], author: [] };
    const add = (i, field, status, author) => {
      field.last += 1;
      rows.field.push(field.id);
      rows.number.push(field.last);
      rows.reference.push(`${field.code}-${String(field.last).padStart(2, '0')}`);
      rows.title.push(`${status === 'DRAFT' ? 'Entwurf' : 'Empfehlung'} ${i + 1}: Angebote für Familien bündeln`);
      rows.status.push(status);
      rows.author.push(author);
    };
    for (let i = 0; i < listed; i++) {
      add(i, fields[i % fields.length], STATUSES[i % STATUSES.length], accounts[i % accounts.length]);
    }
    for (let i = 0; i < drafts; i++) add(i, fields[i % fields.length], 'DRAFT', participant.id);

    const inserted = (
      await client.query(
        `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, rationale_plain,
                                     time_horizon, status, created_by_id, version)
         SELECT $1, f, n, ref, t, '<p>' || $7 || '</p>', $7, 'MEDIUM', s::recommendation_status, a, 1
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $8::uuid[]) AS x(f, n, ref, t, s, a)
         RETURNING id, status`,
        [revision.id, rows.field, rows.number, rows.reference, rows.title, rows.status, RATIONALE, rows.author],
      )
    ).rows;
    const ids = inserted.map((r) => r.id);
    const draftIds = inserted.filter((r) => r.status === 'DRAFT').map((r) => r.id);

    const bucket = (expr, n) => `abs(hashtext(${expr})) % ${n}`;
    await client.query(
      `INSERT INTO recommendation_author (recommendation_id, account_id, is_creator)
       SELECT id, created_by_id, true FROM recommendation WHERE id = ANY($1)`,
      [ids],
    );
    const listedIds = inserted.filter((r) => r.status !== 'DRAFT').map((r) => r.id);
    await client.query(
      `INSERT INTO recommendation_author (recommendation_id, account_id)
       SELECT r.id, a.id FROM recommendation r JOIN account a ON a.id = ANY($2)
        WHERE r.id = ANY($1) AND a.id <> r.created_by_id AND ${bucket('r.id::text', 3)} = 0
          AND ${bucket('r.id::text || a.id::text', accounts.length)} = 0
       ON CONFLICT DO NOTHING`,
      [listedIds, accounts],
    );
    await client.query(
      `INSERT INTO recommendation_support (recommendation_id, account_id)
       SELECT r, a FROM unnest($1::uuid[]) r CROSS JOIN unnest($2::uuid[]) a WHERE ${bucket('r::text || a::text', 2)} = 0`,
      [listedIds, accounts.slice(0, 5)],
    );
    await client.query(
      `INSERT INTO recommendation_comment (recommendation_id, author_id, body)
       SELECT r, $2, 'Anmerkung ' || n || ': Das sollten wir mit den Trägern vor Ort abstimmen.'
         FROM unnest($1::uuid[]) r, generate_series(1, ${bucket('r::text', 5)}) n`,
      [listedIds, participant.id],
    );
    await client.query(
      `INSERT INTO recommendation_organisation (recommendation_id, organisation_id)
       SELECT r, o.id FROM unnest($1::uuid[]) r JOIN organisation o ON o.region_id = $2
        WHERE ${bucket('r::text || o.id::text', 4)} = 0`,
      [listedIds, revision.region_id],
    );
    await client.query(
      `INSERT INTO recommendation_target_group (recommendation_id, target_group_id)
       SELECT r, t.id FROM unnest($1::uuid[]) r JOIN target_group t ON t.revision_id = $2
        WHERE ${bucket('r::text || t.id::text', 2)} = 0`,
      [listedIds, revision.id],
    );
    await client.query(
      `WITH chosen AS (
         UPDATE recommendation SET all_municipalities = false
          WHERE id = ANY($1) AND ${bucket('id::text', 4)} = 0 RETURNING id)
       INSERT INTO recommendation_municipality (recommendation_id, municipality_id)
       SELECT c.id, m.id FROM chosen c JOIN municipality m ON m.region_id = $2
        WHERE ${bucket('c.id::text || m.id::text', 3)} = 0`,
      [listedIds, revision.region_id],
    );
    await client.query('COMMIT');
    return { revisionId: revision.id, drafts: draftIds };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
