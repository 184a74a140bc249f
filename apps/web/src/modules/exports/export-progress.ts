import type { TFunction } from 'i18next';
import type { ExportStatus } from '../../gql/graphql';

export interface ExportFacts {
  status: ExportStatus;
  processed: number;
  total: number | null;
  error: string | null;
}

export const isFinished = (status: ExportStatus) => status === 'DONE' || status === 'FAILED';

/** Value and maximum for <progress>; no value while the total is unknown, which shows it as indeterminate. */
export function progressValue({ status, processed, total }: ExportFacts): { value?: number; max: number } {
  if (status === 'DONE') return { value: 1, max: 1 };
  if (!total) return { max: 1 };
  return { value: Math.min(processed, total), max: total };
}

/** How the counted steps are named: recommendations written, or the steps of a document. */
export type ProgressWording = 'feasibility.export.progress' | 'feasibility.export.steps';

/** What the live region says: waiting, "123 von 1.000 Empfehlungen", finished or why it failed. */
export function progressText(
  facts: ExportFacts,
  t: TFunction,
  language: string,
  wording: ProgressWording = 'feasibility.export.progress',
): string {
  const number = new Intl.NumberFormat(language);
  const counted = () =>
    t(wording, {
      processed: number.format(facts.processed),
      total: number.format(facts.total ?? facts.processed),
    });
  switch (facts.status) {
    case 'QUEUED':
      return t('feasibility.export.queued');
    case 'RUNNING':
      return facts.total === null ? t('feasibility.export.queued') : counted();
    case 'DONE':
      return `${counted()}. ${t('feasibility.export.done')}`;
    case 'FAILED':
      return facts.error
        ? t('feasibility.export.failedReason', { error: facts.error })
        : t('feasibility.export.failed');
  }
}

/** "512 B", "12,3 kB", "4,1 MB" (decimal units, like file managers show them). */
export function formatByteSize(bytes: number, language: string): string {
  const [unit, divisor] =
    bytes >= 1_000_000
      ? (['megabyte', 1_000_000] as const)
      : bytes >= 1000
        ? (['kilobyte', 1000] as const)
        : (['byte', 1] as const);
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: divisor === 1 ? 0 : 1 }).format(
    bytes / divisor,
  );
}
