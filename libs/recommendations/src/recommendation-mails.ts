import { publicUrl } from '@konzeptwerk/identity';
import { RECOMMENDATION_STATUS_LABELS, RecommendationStatus } from '@konzeptwerk/contracts';

/** Path of a recommendation's page in the web app. */
export const recommendationPath = (revisionId: string, id: string) =>
  `/fortschreibungen/${revisionId}/empfehlungen/${id}`;

export function statusMail(opts: {
  revisionId: string;
  id: string;
  reference: string;
  title: string;
  from: RecommendationStatus;
  to: RecommendationStatus;
  reason: string | null;
  actorName: string;
}) {
  const link = publicUrl() + recommendationPath(opts.revisionId, opts.id);
  const de = RECOMMENDATION_STATUS_LABELS[opts.to].de;
  const en = RECOMMENDATION_STATUS_LABELS[opts.to].en;
  return {
    subject: `Handlungsempfehlung ${opts.reference}: ${de}`,
    textBody: [
      `Guten Tag,`,
      ``,
      `die Handlungsempfehlung ${opts.reference} „${opts.title}“ hat einen neuen Status: ${de} (vorher: ${RECOMMENDATION_STATUS_LABELS[opts.from].de}).`,
      `Geändert von: ${opts.actorName}`,
      ...(opts.reason ? [`Begründung: ${opts.reason}`] : []),
      ``,
      link,
      ``,
      `Sie erhalten diese Nachricht, weil Sie die Empfehlung verfasst oder unterstützt haben.`,
      ``,
      `---`,
      `Recommendation ${opts.reference} “${opts.title}” has a new status: ${en}.`,
      ...(opts.reason ? [`Reason: ${opts.reason}`] : []),
      link,
    ].join('\n'),
  };
}

export function mergedMail(opts: {
  revisionId: string;
  targetId: string;
  sourceReference: string;
  targetReference: string;
  title: string;
}) {
  const link = publicUrl() + recommendationPath(opts.revisionId, opts.targetId);
  return {
    subject: `Handlungsempfehlung ${opts.sourceReference} wurde in ${opts.targetReference} zusammengeführt`,
    textBody: [
      `Guten Tag,`,
      ``,
      `die Handlungsempfehlung ${opts.sourceReference} wurde mit ähnlichen Empfehlungen zu ${opts.targetReference} „${opts.title}“ zusammengeführt.`,
      `Ihre Unterstützung, Kommentare und Quellen sind dorthin übernommen; die ursprüngliche Fassung bleibt lesbar.`,
      ``,
      link,
      ``,
      `---`,
      `Recommendation ${opts.sourceReference} was merged into ${opts.targetReference} “${opts.title}”. Supports, comments and sources were carried over.`,
      link,
    ].join('\n'),
  };
}
