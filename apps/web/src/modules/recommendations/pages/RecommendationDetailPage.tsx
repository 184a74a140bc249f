/** Placeholder: replaced by the real page. */
export function RecommendationDetailPage() {
  return null;
}
