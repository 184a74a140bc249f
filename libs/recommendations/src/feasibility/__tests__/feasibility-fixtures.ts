import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuthService, hashToken } from '@konzeptwerk/identity';
import type { Actor } from '@konzeptwerk/platform';
import type { Fixtures } from '@konzeptwerk/testing';

export interface FeasibilityFixtures {
  /** Field of action SB of revision A. */
  fieldSB: string;
  /** Field of action of revision B, for a recommendation of another revision. */
  fieldB: string;
  /** No implementing actor; reached through its contact address. */
  orgContact: string;
  /** Has its own implementing actor (implementer2). */
  orgOther: string;
  /** Neither an implementing actor nor a contact address. */
  orgSilent: string;
  implementer2: { id: string; email: string };
}

const one = async (ds: DataSource, sql: string, params: unknown[]) =>
  ((await ds.query(sql, params)) as { id: string }[])[0].id;

/** Adds organisations with every kind of recipient, a second implementing actor and fields of action. */
export async function seedFeasibility(ds: DataSource, f: Fixtures): Promise<FeasibilityFixtures> {
  const field = (revisionId: string, title: string, code: string) =>
    one(
      ds,
      `INSERT INTO field_of_action (revision_id, title, code, position, version) VALUES ($1, $2, $3, 1, 1) RETURNING id`,
      [revisionId, title, code],
    );
  const organisation = (name: string, contactEmail: string | null) =>
    one(
      ds,
      `INSERT INTO organisation (region_id, name, type, contact_email, version) VALUES ($1, $2, 'WELFARE_ASSOCIATION', $3, 1) RETURNING id`,
      [f.regionA, name, contactEmail],
    );
  const fieldSB = await field(f.revisionA, 'Sprache und Bildung', 'SB');
  const fieldB = await field(f.revisionB, 'Bildung und Sprachkompetenz', 'BS');
  const orgContact = await organisation('Caritasverband für den Kreis Gütersloh', 'kontakt@caritas-guetersloh.example');
  const orgOther = await organisation('AWO Kreisverband Gütersloh', 'info@awo-guetersloh.example');
  const orgSilent = await organisation('Internationaler Kulturverein Rheda', null);
  const email = 'implementer2@example.org';
  const id = await one(
    ds,
    `INSERT INTO account (email, display_name, password_hash, is_platform_admin) VALUES ($1, 'Umsetzerin AWO', 'x', false) RETURNING id`,
    [email],
  );
  await ds.query(
    `INSERT INTO revision_membership (revision_id, account_id, role, organisation_id) VALUES ($1, $2, 'IMPLEMENTING_ACTOR', $3)`,
    [f.revisionA, id, orgOther],
  );
  return { fieldSB, fieldB, orgContact, orgOther, orgSilent, implementer2: { id, email } };
}

let numbers = 0;

/** Recommendations in one field of action, numbered on from the last one made here. */
export async function addRecommendations(
  ds: DataSource,
  opts: { revisionId: string; fieldId: string; createdById: string; status?: string; count?: number; code?: string },
): Promise<{ id: string; reference: string; title: string }[]> {
  const made: { id: string; reference: string; title: string }[] = [];
  for (let i = 0; i < (opts.count ?? 1); i++) {
    const number = ++numbers;
    const reference = `${opts.code ?? 'SB'}-${String(number).padStart(2, '0')}`;
    const title = `Sprachkurse mit Kinderbetreuung ${number}`;
    const id = await one(
      ds,
      `INSERT INTO recommendation (revision_id, field_of_action_id, number, reference, title, rationale, rationale_plain,
                                   status, created_by_id, version)
       VALUES ($1, $2, $3, $4, $5, '<p>Viele Eltern können Kurse nur mit Betreuung besuchen.</p>',
               'Viele Eltern können Kurse nur mit Betreuung besuchen.', $6, $7, 1) RETURNING id`,
      [opts.revisionId, opts.fieldId, number, reference, title, opts.status ?? 'IN_REVIEW', opts.createdById],
    );
    made.push({ id, reference, title });
  }
  return made;
}

/** The actor exactly as a request gets it: through a session and the identity service. */
export async function actorOf(ds: DataSource, accountId: string): Promise<Actor> {
  const token = randomBytes(16).toString('hex');
  await ds.query(
    `INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
    [hashToken(token), accountId],
  );
  return new AuthService(ds).actorForToken(token);
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** The error code a failing call ends with. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'OK';
}
