/** Placeholder until the page is built. */
export function RespondPage() {
  return <h1>Umfrage</h1>;
}
