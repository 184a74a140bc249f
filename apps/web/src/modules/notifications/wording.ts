import type { TFunction } from 'i18next';
import type { RecommendationStatus } from '../../gql/graphql';
import { formatDeadline, formatDeadlineDay } from '../feasibility/feasibility';
import { STATUS_ORDER, statusKey } from '../recommendations/labels';

/**
 * A notification in words, from its kind and the facts the API stored with
 * it (params, a JSON object). Kinds this version does not know yet still get
 * a sentence, never a raw key.
 */
export interface NotificationWording {
  text: string;
  /** A second line, e.g. the reason for a status change. */
  detail: string | null;
}

type Params = Record<string, unknown>;

const FEASIBILITY_ANSWERS = ['FEASIBLE', 'FEASIBLE_WITH_CONDITIONS', 'NOT_FEASIBLE'] as const;

export function parseParams(json: string): Params {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Params) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const status = (value: unknown, t: TFunction): string =>
  STATUS_ORDER.includes(value as RecommendationStatus) ? t(statusKey(value as RecommendationStatus)) : text(value);

const list = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(', ') : text(value);

const deadline = (value: unknown, language: string): string => {
  const iso = text(value);
  return iso && !Number.isNaN(Date.parse(iso)) ? formatDeadline(iso, language) : '';
};

const day = (value: unknown, language: string): string => {
  const iso = text(value);
  return iso && !Number.isNaN(Date.parse(iso)) ? formatDeadlineDay(iso, language) : '';
};

/** "SB-01 „Sprachkurse …“", or just the reference when the title is missing. */
const named = (p: Params, t: TFunction) =>
  p.title ? t('notifications.named', { reference: text(p.reference), title: text(p.title) }) : text(p.reference);

export function wordNotification(
  kind: string,
  paramsJson: string,
  t: TFunction,
  language: string,
): NotificationWording {
  const p = parseParams(paramsJson);
  const other = { text: t('notifications.kind.other'), detail: null };
  // Without its facts a notification cannot be worded more precisely than "something happened".
  if (Object.keys(p).length === 0) return other;
  switch (kind) {
    case 'recommendation.status':
      return {
        text: t(p.by ? 'notifications.kind.statusBy' : 'notifications.kind.status', {
          recommendation: named(p, t),
          from: status(p.from, t),
          to: status(p.to, t),
          by: text(p.by),
        }),
        detail: p.reason ? t('notifications.reason', { reason: text(p.reason) }) : null,
      };
    case 'recommendation.merged':
      return {
        text: t('notifications.kind.merged', {
          reference: text(p.reference),
          into: named({ reference: p.into, title: p.title }, t),
        }),
        detail: null,
      };
    case 'recommendation.coauthor':
      return { text: t('notifications.kind.coauthor', { recommendation: named(p, t) }), detail: null };
    case 'recommendation.comment':
      return {
        text: t(p.by ? 'notifications.kind.commentBy' : 'notifications.kind.comment', {
          recommendation: named(p, t),
          by: text(p.by),
        }),
        detail: null,
      };
    case 'feasibility.requested':
      return {
        text: t(p.by ? 'notifications.kind.requestedBy' : 'notifications.kind.requested', {
          organisation: text(p.organisation),
          references: list(p.references),
          by: text(p.by),
        }),
        detail: p.deadline ? t('notifications.deadline', { deadline: deadline(p.deadline, language) }) : null,
      };
    case 'feasibility.answered': {
      const answer = FEASIBILITY_ANSWERS.find((a) => a === p.answer);
      return {
        text: t(p.changed === true ? 'notifications.kind.answerChanged' : 'notifications.kind.answered', {
          organisation: text(p.organisation),
          recommendation: named(p, t),
          answer: answer ? t(`feasibility.answer.${answer}`) : text(p.answer),
        }),
        detail: p.by ? t('notifications.answeredBy', { by: text(p.by) }) : null,
      };
    }
    case 'feasibility.reminder':
      return {
        text: t('notifications.kind.reminder', {
          organisation: text(p.organisation),
          references: list(p.references),
          deadline: deadline(p.deadline, language),
        }),
        detail: null,
      };
    case 'review.round.started':
      return {
        text: t('notifications.kind.reviewStarted', {
          round: String(p.round ?? ''),
          version: String(p.version ?? ''),
          deadline: deadline(p.deadline, language),
        }),
        detail: null,
      };
    case 'review.reminder':
      return {
        text: t('notifications.kind.reviewReminder', {
          municipality: text(p.municipality),
          daysBefore: String(p.daysBefore ?? ''),
          deadline: deadline(p.deadline, language),
        }),
        detail: null,
      };
    case 'offer.confirm':
      return {
        text: t('notifications.kind.offerConfirm', {
          title: text(p.title),
          confirmedAt: day(p.confirmedAt, language),
        }),
        detail: null,
      };
    default:
      return other;
  }
}
