import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import type { StatementKind } from '../../../gql/graphql';
import { GIVE_REVIEW_STATEMENT } from '../graphql';
import { STATEMENT_KINDS } from '../model';
import { RadioGroup } from './RadioGroup';

/**
 * The municipality's one formal statement on the version: approval,
 * approval with remarks, or an objection; the last two need a text.
 */
export function StatementForm({ roundId, onSaved }: { roundId: string; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [give] = useMutation(GIVE_REVIEW_STATEMENT);
  const [kind, setKind] = useState<StatementKind | ''>('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, check, formRef } = useFormErrors<'kind' | 'text'>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setFailure(null);
    if (
      !check({
        kind: kind ? undefined : t('review.statement.problems.kind'),
        text: kind && kind !== 'APPROVED' && !text.trim() ? t('review.statement.problems.text') : undefined,
      })
    )
      return;
    setBusy(true);
    try {
      await give({ variables: { roundId, kind: kind as StatementKind, text: text.trim() || undefined } });
      await onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
      <ErrorAlert error={failure} />
      <RadioGroup
        id="review-statement-kind"
        legend={t('review.statement.kind')}
        error={errors.kind}
        choices={STATEMENT_KINDS.map((k) => ({ value: k, label: t(`review.statementKind.${k}`) }))}
        value={kind}
        onChange={setKind}
      />
      <TextAreaField
        id="review-statement-text"
        label={t('review.statement.text')}
        hint={t('review.statement.textHint')}
        value={text}
        onChange={setText}
        error={errors.text}
        maxLength={10000}
        rows={6}
      />
      <div className="app-form__actions">
        <SubmitButton busy={busy}>{t('review.statement.submit')}</SubmitButton>
      </div>
    </form>
  );
}
