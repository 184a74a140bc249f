/** Placeholder: replaced by the real page. */
export function RecommendationListPage() {
  return null;
}
