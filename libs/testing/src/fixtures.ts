import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { PHASE_ORDER, PhaseState } from '@konzeptwerk/contracts';

export interface Fixtures {
  regionA: string;
  regionB: string;
  municipalityA: string;
  municipalityA2: string;
  municipalityB: string;
  organisationA: string;
  organisationB: string;
  revisionA: string;
  revisionB: string;
  phasesA: Record<string, string>;
  accounts: Record<FixtureRole, { id: string; email: string }>;
}

export type FixtureRole =
  'admin' | 'coordinatorA' | 'coordinatorB' | 'participant' | 'reviewer' | 'implementer' | 'observer' | 'outsider';

/**
 * Two regions with one revision each and one account per role. Everyone in
 * region A except coordinatorB; outsider has an account and no role.
 */
export async function seedFixtures(ds: DataSource, password: string): Promise<Fixtures> {
  const passwordHash = await hash(password);
  const one = async (sql: string, params: unknown[]) => ((await ds.query(sql, params)) as { id: string }[])[0].id;
  const region = (name: string) =>
    one(`INSERT INTO region (name, kind, version) VALUES ($1, 'KREIS', 1) RETURNING id`, [name]);
  const regionA = await region('Kreis Gütersloh');
  const regionB = await region('Kreis Herford');
  const municipality = (regionId: string, name: string) =>
    one(`INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, 'STADT') RETURNING id`, [regionId, name]);
  const municipalityA = await municipality(regionA, 'Rheda-Wiedenbrück');
  const municipalityA2 = await municipality(regionA, 'Gütersloh');
  const municipalityB = await municipality(regionB, 'Bünde');
  const organisation = (regionId: string, name: string) =>
    one(`INSERT INTO organisation (region_id, name, type, version) VALUES ($1, $2, 'JOBCENTER', 1) RETURNING id`, [
      regionId,
      name,
    ]);
  const organisationA = await organisation(regionA, 'Jobcenter Kreis Gütersloh');
  const organisationB = await organisation(regionB, 'Jobcenter Herford');
  const revision = (regionId: string, title: string) =>
    one(`INSERT INTO concept_revision (region_id, title, version) VALUES ($1, $2, 1) RETURNING id`, [regionId, title]);
  const revisionA = await revision(regionA, 'Fortschreibung 2026');
  const revisionB = await revision(regionB, 'Fortschreibung Herford 2026');
  const phasesA: Record<string, string> = {};
  for (const [rev, target] of [
    [revisionA, phasesA],
    [revisionB, {} as Record<string, string>],
  ] as const) {
    for (const [i, kind] of PHASE_ORDER.entries()) {
      target[kind] = await one(
        `INSERT INTO phase (revision_id, kind, position, state, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [rev, kind, i + 1, PhaseState.PLANNED],
      );
    }
  }
  const account = async (key: string, admin = false) => {
    const email = `${key.toLowerCase()}@example.org`;
    const id = await one(
      `INSERT INTO account (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, key, passwordHash, admin],
    );
    return { id, email };
  };
  const accounts = {
    admin: await account('admin', true),
    coordinatorA: await account('coordinatorA'),
    coordinatorB: await account('coordinatorB'),
    participant: await account('participant'),
    reviewer: await account('reviewer'),
    implementer: await account('implementer'),
    observer: await account('observer'),
    outsider: await account('outsider'),
  };
  await ds.query(`INSERT INTO region_coordinator (region_id, account_id) VALUES ($1, $2), ($3, $4)`, [
    regionA,
    accounts.coordinatorA.id,
    regionB,
    accounts.coordinatorB.id,
  ]);
  const member = (accountId: string, role: string, municipalityId: string | null, organisationId: string | null) =>
    ds.query(
      `INSERT INTO revision_membership (revision_id, account_id, role, municipality_id, organisation_id) VALUES ($1, $2, $3, $4, $5)`,
      [revisionA, accountId, role, municipalityId, organisationId],
    );
  await member(accounts.participant.id, 'PARTICIPANT', null, null);
  await member(accounts.reviewer.id, 'MUNICIPAL_REVIEWER', municipalityA, null);
  await member(accounts.implementer.id, 'IMPLEMENTING_ACTOR', null, organisationA);
  await member(accounts.observer.id, 'OBSERVER', null, null);
  return {
    regionA,
    regionB,
    municipalityA,
    municipalityA2,
    municipalityB,
    organisationA,
    organisationB,
    revisionA,
    revisionB,
    phasesA,
    accounts,
  };
}
