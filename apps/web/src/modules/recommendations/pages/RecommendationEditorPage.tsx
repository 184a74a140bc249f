/** Placeholder: replaced by the real page. */
export function RecommendationEditorPage() {
  return null;
}
