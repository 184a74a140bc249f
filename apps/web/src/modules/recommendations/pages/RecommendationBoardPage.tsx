/** Placeholder: replaced by the real page. */
export function RecommendationBoardPage() {
  return null;
}
