import { useTranslation } from 'react-i18next';
import type { Problem, Problems } from '../model';

/** Words the problems of a coordinator's form for its fields. */
export function useProblemText() {
  const { t } = useTranslation();
  return <K extends string>(problems: Problems<K>): Partial<Record<K, string>> =>
    Object.fromEntries(
      Object.entries<Problem | undefined>(problems).map(([field, problem]) => [
        field,
        problem && t(`conference.problems.${problem}`),
      ]),
    ) as Partial<Record<K, string>>;
}
