import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SelectField } from '../../../../components/form/SelectField';
import { SubmitButton } from '../../../../components/form/SubmitButton';
import { HiddenContext } from '../../../../components/HiddenContext';
import { ADD_CO_AUTHOR, CO_AUTHOR_CANDIDATES, REMOVE_CO_AUTHOR } from '../../graphql/workbench';

interface Person {
  id: string;
  displayName: string;
}

/**
 * Who wrote it. Those who may edit it name co-authors among the revision's
 * participants and remove them again; whoever created it stays an author (the
 * API lists the creator first, except on a merged result, which has none).
 */
export function CoAuthors({
  id,
  revisionId,
  authors,
  manage,
  hasCreator,
}: {
  id: string;
  revisionId: string;
  authors: readonly Person[];
  manage: boolean;
  hasCreator: boolean;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const [chooseError, setChooseError] = useState<string | undefined>();
  const candidates = useQuery(CO_AUTHOR_CANDIDATES, { variables: { revisionId }, skip: !manage });
  const [add, adding] = useMutation(ADD_CO_AUTHOR);
  const [remove, removing] = useMutation(REMOVE_CO_AUTHOR);
  const open = (candidates.data?.coAuthorCandidates ?? []).filter((c) => !authors.some((a) => a.id === c.id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (adding.loading) return;
    if (!chosen) {
      setChooseError(t('recommendation.authors.choose'));
      document.getElementById('coauthor-choice')?.focus();
      return;
    }
    setChooseError(undefined);
    try {
      await add({ variables: { id, accountId: chosen } });
      setChosen('');
    } catch {
      // Shown from the hook's state.
    }
  };

  return (
    <section aria-labelledby="authors-title" className="app-panel">
      <h2 className="kern-heading-medium" id="authors-title">
        {t('recommendation.authors.title')}
      </h2>
      <ul className="workbench-plain-list workbench-authors">
        {authors.map((a, i) => (
          <li key={a.id}>
            <span>{a.displayName}</span>
            {hasCreator && i === 0 && (
              <span className="kern-body--muted"> ({t('recommendation.authors.creator')})</span>
            )}
            {manage && !(hasCreator && i === 0) && (
              <Button
                variant="tertiary"
                onClick={() => remove({ variables: { id, accountId: a.id } }).catch(() => undefined)}
              >
                {t('recommendation.authors.remove')}
                <HiddenContext>{a.displayName}</HiddenContext>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ErrorAlert error={removing.error ?? adding.error ?? candidates.error} />
      {manage && candidates.data && (
        <form onSubmit={submit} noValidate className="app-form">
          {open.length === 0 ? (
            <p className="kern-body">{t('recommendation.authors.noCandidates')}</p>
          ) : (
            <>
              <SelectField
                id="coauthor-choice"
                label={t('recommendation.authors.add')}
                value={chosen}
                onChange={setChosen}
                options={open.map((c) => ({ value: c.id, label: c.displayName }))}
                placeholder={t('form.choose')}
                error={chooseError}
              />
              <div className="app-form__actions">
                <SubmitButton busy={adding.loading}>{t('recommendation.authors.addButton')}</SubmitButton>
              </div>
            </>
          )}
        </form>
      )}
    </section>
  );
}
