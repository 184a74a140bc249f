import { Link } from 'react-router-dom';
import { linkify } from '../linkify';

/** The text of a mail as sent, with its links clickable (links into this app open in place). */
export function MessageBody({ text }: { text: string }) {
  return (
    <pre className="app-mail-body">
      {linkify(text, window.location.origin).map((part, i) =>
        'text' in part ? (
          part.text
        ) : part.path ? (
          <Link key={i} className="kern-link" to={part.path}>
            {part.href}
          </Link>
        ) : (
          <a key={i} className="kern-link" href={part.href} rel="noopener noreferrer">
            {part.href}
          </a>
        ),
      )}
    </pre>
  );
}
