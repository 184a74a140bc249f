import type { EntityManager } from 'typeorm';
import type { ParticipantRole } from '@konzeptwerk/contracts';
import type { Conference } from '../conference.entity';
import type { ConferenceDocumentation, DocumentedPhoto, RoleCounts } from './documentation';

const zero = (): RoleCounts => ({ PROFESSIONAL: 0, VOLUNTEER: 0, CITIZEN: 0, MIGRATION_HISTORY: 0 });

/**
 * What the conference documentation says: people counted by role, never named; the boards' visible cards with
 * their dots; the photos of the flip charts, per workshop and for the whole day. Read with `manager`, so a job
 * can read it all in one snapshot.
 */
export async function loadDocumentation(
  manager: EntityManager,
  conference: Pick<Conference, 'id' | 'title' | 'startsAt' | 'endsAt' | 'venue' | 'address'>,
): Promise<ConferenceDocumentation> {
  const roleRows = (await manager.query(
    `SELECT role, count(*)::int AS n, count(checked_in_at)::int AS present FROM registration
      WHERE conference_id = $1 AND status = 'CONFIRMED' GROUP BY role`,
    [conference.id],
  )) as { role: ParticipantRole; n: number; present: number }[];
  const byRole = zero();
  for (const r of roleRows) byRole[r.role] = r.n;
  const sessions = (await manager.query(
    `SELECT s.id, s.title, s.room, s.slot_starts_at, s.slot_ends_at, f.title AS field,
            coalesce((SELECT array_agg(a.display_name ORDER BY a.display_name) FROM workshop_moderator m
                       JOIN account a ON a.id = m.account_id WHERE m.session_id = s.id), '{}') AS moderators
       FROM workshop_session s LEFT JOIN field_of_action f ON f.id = s.field_of_action_id
      WHERE s.conference_id = $1 ORDER BY s.slot_starts_at, s.title, s.id`,
    [conference.id],
  )) as {
    id: string;
    title: string;
    room: string;
    slot_starts_at: Date;
    slot_ends_at: Date;
    field: string | null;
    moderators: string[];
  }[];
  const sessionIds = sessions.map((x) => x.id);
  const placed = (await manager.query(
    `SELECT a.session_id, r.role, count(*)::int AS n FROM workshop_assignment a JOIN registration r ON r.id = a.registration_id
      WHERE a.session_id = ANY($1) AND r.status = 'CONFIRMED' GROUP BY 1, 2`,
    [sessionIds],
  )) as { session_id: string; role: ParticipantRole; n: number }[];
  const cards = (await manager.query(
    `SELECT c.session_id, c.kind, c.text, c.cluster, rec.reference,
            (SELECT count(*)::int FROM contribution_vote v WHERE v.contribution_id = c.id) AS votes
       FROM workshop_contribution c LEFT JOIN recommendation rec ON rec.id = c.recommendation_id
      WHERE c.session_id = ANY($1) AND NOT c.hidden`,
    [sessionIds],
  )) as {
    session_id: string;
    kind: string;
    text: string;
    cluster: string | null;
    reference: string | null;
    votes: number;
  }[];
  const photos = (await manager.query(
    `SELECT session_id, caption, content, content_type, width, height FROM conference_photo
      WHERE conference_id = $1 ORDER BY created_at, id`,
    [conference.id],
  )) as {
    session_id: string | null;
    caption: string;
    content: Buffer;
    content_type: string;
    width: number;
    height: number;
  }[];
  const photosOf = (sessionId: string | null): DocumentedPhoto[] =>
    photos
      .filter((p) => p.session_id === sessionId)
      .map((p) => ({
        caption: p.caption,
        content: p.content,
        contentType: p.content_type,
        width: p.width,
        height: p.height,
      }));
  return {
    conference,
    confirmed: roleRows.reduce((n, r) => n + r.n, 0),
    checkedIn: roleRows.reduce((n, r) => n + r.present, 0),
    byRole,
    photos: photosOf(null),
    workshops: sessions.map((w) => {
      const roles = zero();
      for (const p of placed.filter((x) => x.session_id === w.id)) roles[p.role] = p.n;
      const of = (kind: string) =>
        cards
          .filter((c) => c.session_id === w.id && c.kind === kind)
          .map((c) => ({ text: c.text, votes: c.votes, cluster: c.cluster, recommendation: c.reference }));
      return {
        title: w.title,
        room: w.room,
        fieldOfAction: w.field,
        slotStartsAt: w.slot_starts_at,
        slotEndsAt: w.slot_ends_at,
        moderators: w.moderators,
        participants: Object.values(roles).reduce((a, b) => a + b, 0),
        byRole: roles,
        challenges: of('CHALLENGE'),
        approaches: of('SOLUTION_APPROACH'),
        photos: photosOf(w.id),
      };
    }),
  };
}
