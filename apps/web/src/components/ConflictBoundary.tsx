import { useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

export type ReportConflict = (error: unknown) => void;

/**
 * Optimistic locking in the interface: when saving answers VERSION_CONFLICT,
 * the message stays visible here, the data is loaded again, and the form
 * starts over from what is now stored, so nobody overwrites someone else's
 * change unseen.
 */
export function ConflictBoundary({
  reload,
  children,
}: {
  reload: () => Promise<unknown>;
  children: (reportConflict: ReportConflict) => ReactNode;
}) {
  const [conflict, setConflict] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const report: ReportConflict = async (error) => {
    setConflict(error);
    await reload();
    setGeneration((n) => n + 1);
  };
  return (
    <>
      <ErrorAlert error={conflict} />
      <div key={generation}>{children(report)}</div>
    </>
  );
}
