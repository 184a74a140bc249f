import type { Ref } from 'react';

const SIZES = { 2: 'kern-heading-large', 3: 'kern-heading-medium', 4: 'kern-heading-small' } as const;

/**
 * A section's heading; it takes focus (tabIndex -1) when an item of the
 * section was deleted, so keyboard users are not left on a vanished button.
 */
export function SectionHeading({
  id,
  level,
  ref,
  children,
}: {
  id: string;
  level: 2 | 3 | 4;
  ref: Ref<HTMLHeadingElement>;
  children: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={SIZES[level]} tabIndex={-1} ref={ref}>
      {children}
    </Tag>
  );
}

/** A short name for long texts (goals) in button labels and questions. */
export const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
