import { hash } from '@node-rs/argon2';
import type { Fixtures, TestApi } from '@konzeptwerk/testing';

export interface Workbench {
  fieldSB: string;
  fieldAA: string;
  groupRefugees: string;
  groupYouth: string;
  secondParticipant: { id: string; email: string };
}

/**
 * Adds to the shared fixtures what the workbench needs: two fields of action,
 * two target groups, a second participant, and the workshop phase running.
 */
export async function seedWorkbench(api: TestApi, f: Fixtures, password: string): Promise<Workbench> {
  const one = async (sql: string, params: unknown[]) => ((await api.ds.query(sql, params)) as { id: string }[])[0].id;
  const field = (title: string, code: string, position: number) =>
    one(
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [f.revisionA, title, code, position],
    );
  const group = (name: string, position: number) =>
    one(`INSERT INTO target_group (revision_id, name, position, version) VALUES ($1, $2, $3, 1) RETURNING id`, [
      f.revisionA,
      name,
      position,
    ]);
  const fieldSB = await field('Sprache und Bildung', 'SB', 1);
  const fieldAA = await field('Arbeit und Ausbildung', 'AA', 2);
  const groupRefugees = await group('Geflüchtete', 1);
  const groupYouth = await group('Jugendliche', 2);
  const email = 'participant2@example.org';
  const id = await one(
    `INSERT INTO account (email, display_name, password_hash, is_platform_admin) VALUES ($1, 'Zweite Teilnehmerin', $2, false) RETURNING id`,
    [email, await hash(password)],
  );
  await api.ds.query(`INSERT INTO revision_membership (revision_id, account_id, role) VALUES ($1, $2, 'PARTICIPANT')`, [
    f.revisionA,
    id,
  ]);
  await setWorkshops(api, f, 'ACTIVE');
  return { fieldSB, fieldAA, groupRefugees, groupYouth, secondParticipant: { id, email } };
}

export async function setWorkshops(api: TestApi, f: Fixtures, state: 'ACTIVE' | 'PLANNED' | 'CLOSED') {
  await api.ds.query(`UPDATE phase SET state = $2 WHERE id = $1`, [f.phasesA.WORKSHOPS, state]);
}
