import type { CellKind } from '../feasibility';

/**
 * A small shape per kind of answer, so the table can be read without telling
 * colours apart: a tick in a circle, an exclamation mark in a triangle, a
 * cross in a square, an empty ring, a clock. The words next to it carry the
 * meaning; the shape only repeats it, so it is hidden from screen readers.
 */
export function FeasibilityIcon({ kind }: { kind: CellKind }) {
  if (kind === 'NOT_ASKED') return null;
  return (
    <svg
      className={`feasibility-icon feasibility-icon--${kind.toLowerCase().replace(/_/g, '-')}`}
      width="18"
      height="18"
      viewBox="0 0 18 18"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'FEASIBLE' && (
        <>
          <circle cx="9" cy="9" r="8" className="feasibility-icon__shape" />
          <path d="M5 9.5l2.75 2.75L13 7" className="feasibility-icon__mark" />
        </>
      )}
      {kind === 'FEASIBLE_WITH_CONDITIONS' && (
        <>
          <path d="M9 1.25L17 16.25H1z" className="feasibility-icon__shape" />
          <path d="M9 6.5v4.5M9 13.25v.5" className="feasibility-icon__mark" />
        </>
      )}
      {kind === 'NOT_FEASIBLE' && (
        <>
          <rect x="1.5" y="1.5" width="15" height="15" rx="1.5" className="feasibility-icon__shape" />
          <path d="M5.5 5.5l7 7M12.5 5.5l-7 7" className="feasibility-icon__mark" />
        </>
      )}
      {kind === 'OPEN' && <circle cx="9" cy="9" r="7" className="feasibility-icon__ring" />}
      {kind === 'OVERDUE' && (
        <>
          <circle cx="9" cy="9" r="7" className="feasibility-icon__ring" />
          <path d="M9 4.5V9l3 2" className="feasibility-icon__hands" />
        </>
      )}
    </svg>
  );
}
