import { useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

export type ReportConflict = (error: unknown) => void;

/**
 * Optimistic locking in the interface: when saving answers VERSION_CONFLICT,
 * the message stays visible here, the data is loaded again, and the form
 * (keyed by the stored version) starts over from what is now stored, so
 * nobody overwrites someone else's change unseen.
 */
export function ConflictBoundary({
  version,
  reload,
  children,
}: {
  version: number | undefined;
  reload: () => unknown;
  children: (reportConflict: ReportConflict) => ReactNode;
}) {
  const [conflict, setConflict] = useState<unknown>(null);
  const report: ReportConflict = (error) => {
    setConflict(error);
    reload();
  };
  return (
    <>
      <ErrorAlert error={conflict} />
      <div key={version}>{children(report)}</div>
    </>
  );
}
