/**
 * Words only screen readers hear, telling which item a repeated control
 * belongs to: "Bearbeiten – Caritasverband …". The leading space and dash
 * keep the accessible name readable however a browser joins the parts.
 */
export function HiddenContext({ children }: { children: string }) {
  return <span className="app-sr-only"> – {children}</span>;
}
