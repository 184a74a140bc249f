import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { PageHeading } from '../../../components/PageHeading';
import { JOIN_WORKSHOP } from '../graphql';
import '../workshops.css';

/**
 * Where the QR code on the flip chart leads: join the workshop's board with
 * its code, on the phone, without an account. A first name is optional.
 */
export function JoinWorkshopPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code: fromLink = '' } = useParams();
  const [code, setCode] = useState(fromLink.toUpperCase());
  const [name, setName] = useState('');
  const { errors, check, formRef } = useFormErrors<'code'>();
  const [join, { loading, error }] = useMutation(JOIN_WORKSHOP);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (loading) return;
    if (!check({ code: code.trim() ? undefined : t('workshop.join.codeRequired') })) return;
    const r = await join({ variables: { code: code.trim(), name: name.trim() || null } }).catch(() => null);
    if (r?.data) navigate(`/workshop/board/${r.data.joinWorkshop.sessionId}`);
  }

  return (
    <div className="workshop-narrow">
      <PageHeading title={t('workshop.join.title')} />
      <p className="kern-body">{t('workshop.join.intro')}</p>
      <ErrorAlert error={error} />
      <form ref={formRef} onSubmit={submit} noValidate className="workshop-form">
        <TextField
          id="join-code"
          label={t('workshop.join.code')}
          hint={t('workshop.join.codeHint')}
          error={errors.code}
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <TextField
          id="join-name"
          label={t('workshop.join.name')}
          hint={t('workshop.join.nameHint')}
          optional
          value={name}
          onChange={setName}
          autoComplete="given-name"
        />
        <SubmitButton busy={loading}>{t('workshop.join.submit')}</SubmitButton>
      </form>
    </div>
  );
}
