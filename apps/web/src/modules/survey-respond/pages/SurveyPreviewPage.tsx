/** Placeholder until the page is built. */
export function SurveyPreviewPage() {
  return <h1>Vorschau</h1>;
}
