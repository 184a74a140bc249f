import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import type { MeQuery } from '../../gql/graphql';
import { settle } from '../../lib/errors';
import { SIGN_OUT } from './graphql/mutations';
import { ME } from './graphql/queries';

export type Viewer = NonNullable<MeQuery['me']>;

const ViewerContext = createContext<Viewer | null>(null);

/** Asks the API once who is signed in; everything below reads it from context. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data: current, previousData, error, refetch } = useQuery(ME, { fetchPolicy: 'cache-first' });
  // While the session is asked again (after sign-in or sign-out), the pages stay mounted with the last answer.
  const data = current ?? previousData;
  if (!data) {
    if (!error) return <Loading />;
    return (
      <main id="main" className="kern-container app-main">
        <h1 className="kern-heading-x-large">{t('app.name')}</h1>
        <ErrorAlert error={error} />
        <Button variant="primary" onClick={() => refetch()}>
          {t('common.retry')}
        </Button>
      </main>
    );
  }
  return <ViewerContext value={data.me}>{children}</ViewerContext>;
}

export const useViewer = (): Viewer | null => useContext(ViewerContext);

/** For pages behind <RequireViewer>, where a viewer is guaranteed. */
export function useSignedInViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useSignedInViewer outside <RequireViewer>');
  return viewer;
}

export interface ViewerRights {
  isAdmin: boolean;
  coordinates: (regionId: string) => boolean;
  /** Admins and coordinators read the Postausgang. */
  readsOutbox: boolean;
}

export function rightsOf(viewer: Viewer | null): ViewerRights {
  const isAdmin = viewer?.account.isPlatformAdmin ?? false;
  const regions = viewer?.coordinatorRegionIds ?? [];
  return {
    isAdmin,
    coordinates: (regionId) => regions.includes(regionId),
    readsOutbox: isAdmin || regions.length > 0,
  };
}

/** Route guard: signed-out visitors go to the sign-in page and come back afterwards. */
export function RequireViewer() {
  const viewer = useViewer();
  const location = useLocation();
  if (!viewer) return <Navigate to="/anmelden" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

/** Where to go after signing in: the page that sent the visitor to sign in, or the overview. */
export function useReturnPath(): string {
  const state: unknown = useLocation().state;
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') ? from : '/';
}

/**
 * After a sign-in the cache is thrown away and every active query (the
 * session's included) is asked again, so nothing of a previous person stays.
 */
export function useSessionStarted() {
  const client = useApolloClient();
  // A page query that fails to load again shows its own error; what follows the sign-in must not wait on it.
  return () => client.resetStore().catch(() => undefined);
}

/**
 * Ends the session on the server, then loads the app afresh: the surest way
 * to drop everything the previous person's session held in memory.
 */
export function useSignOut() {
  const [signOut, { loading, error }] = useMutation(SIGN_OUT);
  const run = async () => {
    if (!loading && (await settle(signOut()))) window.location.assign('/anmelden');
  };
  return { signOut: run, loading, error };
}
