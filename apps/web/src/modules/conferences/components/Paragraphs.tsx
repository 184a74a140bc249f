/** Plain text as typed: blank lines separate paragraphs, single line breaks stay. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <div className={`conference-text${className ? ` ${className}` : ''}`}>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p className="kern-body" key={i}>
            {p}
          </p>
        ))}
    </div>
  );
}
