/** Placeholder: replaced by the real page. */
export function MergePage() {
  return null;
}
