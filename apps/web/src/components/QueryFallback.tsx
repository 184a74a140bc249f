import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';

/**
 * What a page shows before its data is there: a spinner, or (e.g. for an
 * unknown or forbidden id) its heading with the server's message.
 */
export function QueryFallback({ error, title }: { error: unknown; title: string }) {
  if (!error) return <Loading />;
  return (
    <>
      <PageHeading title={title} />
      <ErrorAlert error={error} />
    </>
  );
}
