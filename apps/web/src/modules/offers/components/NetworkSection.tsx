import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import type { OffersQuery } from '../../../gql/graphql';
import { settle } from '../../../lib/errors';
import { SAVE_NETWORK } from '../graphql';

type Network = OffersQuery['networks'][number];

interface Named {
  id: string;
  name: string;
}

/** The networks with their member organisations; coordinators add and change them. */
export function NetworkSection({
  revisionId,
  networks,
  organisations,
  coordinates,
  onSaved,
}: {
  revisionId: string;
  networks: readonly Network[];
  organisations: readonly Named[];
  coordinates: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState<Network | 'new' | null>(null);
  const name = (orgId: string) => organisations.find((o) => o.id === orgId)?.name ?? orgId;
  return (
    <section aria-labelledby={`${id}-title`} className="offers-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('offers.networks.title')}
      </h2>
      {networks.length === 0 ? (
        <p className="kern-body">{t('offers.networks.none')}</p>
      ) : (
        <ul className="offers-network-list">
          {networks.map((n) => (
            <li key={n.id}>
              <h3 className="kern-heading-small">{n.name}</h3>
              {n.description && <p className="kern-body">{n.description}</p>}
              <p className="kern-body">
                <strong>{t('offers.networks.members')}:</strong>{' '}
                {n.memberOrganisationIds.length === 0
                  ? t('offers.networks.noMembers')
                  : n.memberOrganisationIds.map(name).join(', ')}
              </p>
              {n.contactEmail && (
                <p className="kern-body">
                  <strong>{t('offers.networks.contact')}:</strong>{' '}
                  <a className="kern-link" href={`mailto:${n.contactEmail}`}>
                    {n.contactEmail}
                  </a>
                </p>
              )}
              {coordinates && editing !== n && (
                <Button aria-label={t('offers.networks.editLabel', { name: n.name })} onClick={() => setEditing(n)}>
                  {t('offers.networks.edit')}
                </Button>
              )}
              {editing === n && (
                <NetworkForm
                  revisionId={revisionId}
                  network={n}
                  organisations={organisations}
                  onDone={(saved) => {
                    setEditing(null);
                    if (saved) onSaved(t('offers.networks.saved', { name: saved }));
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {coordinates && editing !== 'new' && (
        <Button onClick={() => setEditing('new')}>{t('offers.networks.new')}</Button>
      )}
      {editing === 'new' && (
        <NetworkForm
          revisionId={revisionId}
          network={null}
          organisations={organisations}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onSaved(t('offers.networks.saved', { name: saved }));
          }}
        />
      )}
    </section>
  );
}

function NetworkForm({
  revisionId,
  network,
  organisations,
  onDone,
}: {
  revisionId: string;
  network: Network | null;
  organisations: readonly Named[];
  onDone: (savedName: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(network?.name ?? '');
  const [description, setDescription] = useState(network?.description ?? '');
  const [members, setMembers] = useState<string[]>(network ? [...network.memberOrganisationIds] : []);
  const [contactEmail, setContactEmail] = useState(network?.contactEmail ?? '');
  const [nameError, setNameError] = useState(false);
  const [save, { loading, error }] = useMutation(SAVE_NETWORK, { refetchQueries: ['Offers'] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!name.trim()) {
      setNameError(true);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setNameError(false);
    const result = await settle(
      save({
        variables: {
          revisionId,
          id: network?.id ?? null,
          version: network?.version ?? null,
          input: {
            name: name.trim(),
            description: description.trim() || null,
            memberOrganisationIds: members,
            contactEmail: contactEmail.trim() || null,
          },
        },
      }),
    );
    if (result?.data) onDone(result.data.saveNetwork.name);
  };
  return (
    <form className="offers-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorAlert error={error} />
      <TextField
        id={`${id}-name`}
        label={t('offers.networks.name')}
        value={name}
        onChange={setName}
        error={nameError ? t('offers.form.required') : undefined}
      />
      <TextAreaField
        id={`${id}-description`}
        label={t('offers.networks.description')}
        value={description}
        onChange={setDescription}
        optional
      />
      <CheckboxGroup
        id={`${id}-members`}
        legend={t('offers.networks.members')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        selected={members}
        onChange={setMembers}
      />
      <TextField
        id={`${id}-email`}
        label={t('offers.networks.contactEmail')}
        type="email"
        value={contactEmail}
        onChange={setContactEmail}
        optional
      />
      <div className="offers-actions">
        <SubmitButton busy={loading}>{t('offers.networks.save')}</SubmitButton>
        <Button onClick={() => onDone(null)}>{t('offers.form.cancel')}</Button>
      </div>
    </form>
  );
}
