import type { ReactNode } from 'react';
import { barShare } from '../../inventory/model';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The figure written next to the bar. */
  text: string;
}

/**
 * Horizontal bars, each with its name and its figure written out, as one
 * picture with a name that states the key figure; the table that follows
 * the picture holds the same figures.
 */
export function Bars({ label, bars, max }: { label: string; bars: readonly Bar[]; max?: number }) {
  const longest = max ?? Math.max(0, ...bars.map((b) => b.value));
  return (
    <div className="results-bars" role="img" aria-label={label}>
      {bars.map((b) => (
        <div className="results-bars__row" key={b.key}>
          <span className="results-bars__name">{b.label}</span>
          <svg
            className="results-bars__track"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect className="results-bars__bar" x="0" y="0" width={barShare(b.value, longest)} height="10" />
          </svg>
          <span className="results-bars__value">{b.text}</span>
        </div>
      ))}
    </div>
  );
}

/** A table in its own focusable box, so a wide one scrolls instead of widening the page. */
export function ScrollTable({ caption, id, children }: { caption: string; id: string; children: ReactNode }) {
  return (
    <div className="results-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="kern-table kern-table--small">
        <caption id={id} className="kern-body results-caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
