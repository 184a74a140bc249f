/** Placeholder: replaced by the real page. */
export function CoveragePage() {
  return null;
}
