import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { attempt } from '../../../components/form/attempt';
import { SAVE_SURVEY_SECTION } from '../graphql';
import { textsInput, textsOf, type Texts } from '../model';
import { LocalizedFields } from './LocalizedFields';

/** Adds (no section) or renames a section: its title and description in every offered language. */
export function SectionForm({
  surveyId,
  section,
  languages,
  onDone,
}: {
  surveyId: string;
  section: {
    id: string;
    title: readonly { language: string; text: string }[];
    description: readonly { language: string; text: string }[];
  } | null;
  languages: readonly string[];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState<Texts>(() => (section ? textsOf(section.title) : {}));
  const [description, setDescription] = useState<Texts>(() => (section ? textsOf(section.description) : {}));
  const [titleError, setTitleError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SAVE_SURVEY_SECTION, {
    refetchQueries: ['Survey'],
    awaitRefetchQueries: true,
  });

  // Opened by a button that the form replaces: the keyboard starts in the form.
  useEffect(() => document.getElementById(`${id}-title-de`)?.focus(), [id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    if (!title.de?.trim()) {
      setTitleError(t('surveys.section.titleRequired'));
      document.getElementById(`${id}-title-de`)?.focus();
      return;
    }
    setTitleError(undefined);
    const error = await attempt(() =>
      save({
        variables: {
          surveyId,
          id: section?.id ?? null,
          input: { title: textsInput(title), description: textsInput(description) },
        },
      }),
    );
    if (error) setFailure(error);
    else onDone(section ? t('surveys.section.saved') : t('surveys.section.added'));
  };

  return (
    <form className="surveys-editor" aria-labelledby={`${id}-h`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="kern-heading-small" id={`${id}-h`}>
        {section ? t('surveys.section.editTitle') : t('surveys.section.newTitle')}
      </h3>
      <ErrorAlert error={failure} />
      <LocalizedFields
        id={`${id}-title`}
        legend={t('surveys.section.title')}
        languages={languages}
        value={title}
        onChange={setTitle}
        required
        error={titleError}
      />
      <LocalizedFields
        id={`${id}-description`}
        legend={t('surveys.section.description')}
        languages={languages}
        value={description}
        onChange={setDescription}
        multiline
      />
      <div className="surveys-actions">
        <SubmitButton busy={loading}>{t('surveys.section.submit')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
