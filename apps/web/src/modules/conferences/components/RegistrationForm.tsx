import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import type { RegisterMutation } from '../../../gql/graphql';
import { serverMessages } from '../../../lib/errors';
import { formatTime } from '../datetime';
import { hasCode } from '../errors';
import { REGISTER } from '../graphql';
import {
  EMPTY_REGISTRATION,
  PARTICIPANT_ROLES,
  checkRegistration,
  registerInput,
  setWish,
  wishOptions,
  wishSlots,
  type Problem,
  type Problems,
  type RegistrationDraft,
  type RegistrationField,
} from '../model';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { Paragraphs } from './Paragraphs';
import type { PublicConferenceData } from './PublicFacts';

export type RegistrationOutcome = RegisterMutation['register'] & { email: string };

/** Where the summary's link for each field leads: the control itself, or the first radio of the group. */
const TARGET: Record<RegistrationField, string> = {
  name: 'register-name',
  email: 'register-email',
  role: 'register-role-0',
  consent: 'register-consent',
};
const ORDER: RegistrationField[] = ['name', 'email', 'role', 'consent'];

/**
 * Anmeldung without an account. The client checks what the server checks;
 * what is wrong is summarised above the form (focus goes there) and told at
 * each field. When the privacy notice changed in the meantime, the new
 * version is loaded and the consent asked again; everything else stays.
 */
export function RegistrationForm({
  conference,
  reload,
  onRegistered,
}: {
  conference: PublicConferenceData;
  reload: () => Promise<unknown>;
  onRegistered: (outcome: RegistrationOutcome) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [draft, setDraft] = useState<RegistrationDraft>(EMPTY_REGISTRATION);
  const [problems, setProblems] = useState<Problems<RegistrationField>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [register, { loading }] = useMutation(REGISTER);
  const set = <K extends keyof RegistrationDraft>(field: K, value: RegistrationDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const texts: Record<RegistrationField, Partial<Record<Problem, string>>> = {
    name: { required: t('conference.register.problems.name.required') },
    email: {
      required: t('conference.register.problems.email.required'),
      invalidEmail: t('conference.register.problems.email.invalidEmail'),
    },
    role: { roleRequired: t('conference.register.problems.role.roleRequired') },
    consent: { consentRequired: t('conference.register.problems.consent.consentRequired') },
  };
  const message = (field: RegistrationField) => {
    const problem = problems[field];
    return problem && texts[field][problem];
  };
  const items: SummaryItem[] = ORDER.flatMap((f) => {
    const text = message(f);
    return text ? [{ target: TARGET[f], message: text }] : [];
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const found = checkRegistration(draft);
    setProblems(found);
    setMessages([]);
    if (Object.keys(found).length) {
      setAttempt((n) => n + 1);
      return;
    }
    try {
      const result = await register({
        variables: { input: registerInput(conference.id, conference.privacyText.version, draft) },
      });
      if (result.data) onRegistered({ ...result.data.register, email: draft.email.trim() });
    } catch (error) {
      if (hasCode(error, 'PRIVACY_TEXT_CHANGED')) {
        set('consent', false);
        await reload().catch(() => undefined);
      }
      setMessages(serverMessages(error) ?? [t('errors.network')]);
      setAttempt((n) => n + 1);
    }
  };

  const privacyText = language === 'en' ? conference.privacyText.textEn : conference.privacyText.textDe;
  const slots = wishSlots(conference.workshops.length);
  const workshopLabel = (w: PublicConferenceData['workshops'][number]) =>
    `${w.title} (${formatTime(w.slotStartsAt, language)}–${formatTime(w.slotEndsAt, language)}, ${w.room})`;
  const roleError = message('role');
  const consentError = message('consent');

  return (
    <section aria-labelledby="register-title" className="conference-register">
      <h2 className="kern-heading-large" id="register-title">
        {t('conference.register.title')}
      </h2>
      <ErrorSummary items={items} messages={messages} attempt={attempt} />
      <form className="app-form" onSubmit={submit} noValidate>
        <TextField
          id="register-name"
          label={t('conference.register.name')}
          value={draft.name}
          onChange={(v) => set('name', v)}
          error={message('name')}
          autoComplete="name"
          aria-required
          maxLength={200}
        />
        <TextField
          id="register-email"
          type="email"
          label={t('conference.register.email')}
          hint={t('conference.register.emailHint')}
          value={draft.email}
          onChange={(v) => set('email', v)}
          error={message('email')}
          autoComplete="email"
          aria-required
          maxLength={254}
        />
        <TextField
          id="register-organisation"
          label={t('conference.register.organisation')}
          value={draft.organisation}
          onChange={(v) => set('organisation', v)}
          autoComplete="organization"
          optional
          maxLength={200}
        />
        {conference.municipalities.length > 0 && (
          <SelectField
            id="register-municipality"
            label={t('conference.register.municipality')}
            value={draft.municipalityId}
            onChange={(v) => set('municipalityId', v)}
            options={conference.municipalities.map((m) => ({ value: m.id, label: m.name }))}
            placeholder={t('conference.register.noMunicipality')}
            optional
          />
        )}
        <fieldset className={`kern-fieldset${roleError ? ' kern-fieldset--error' : ''}`}>
          <legend className="kern-label">{t('conference.register.role')}</legend>
          {roleError && (
            <p className="kern-error" id="register-role-error">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{roleError}</span>
            </p>
          )}
          <div className="kern-fieldset__body">
            {PARTICIPANT_ROLES.map((role, i) => (
              <div className="kern-form-check" key={role}>
                <input
                  className={`kern-form-check__radio${roleError ? ' kern-form-check__radio--error' : ''}`}
                  type="radio"
                  id={`register-role-${i}`}
                  name="register-role"
                  value={role}
                  checked={draft.role === role}
                  onChange={() => set('role', role)}
                  aria-invalid={roleError ? true : undefined}
                  aria-describedby={roleError ? 'register-role-error' : undefined}
                />
                <label className="kern-label" htmlFor={`register-role-${i}`}>
                  {t(`conference.roles.${role}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextAreaField
          id="register-accessibility"
          label={t('conference.register.accessibility')}
          hint={t('conference.register.accessibilityHint')}
          value={draft.accessibilityNeeds}
          onChange={(v) => set('accessibilityNeeds', v)}
          optional
          maxLength={2000}
        />
        {slots > 0 && (
          <fieldset className="kern-fieldset">
            <legend className="kern-label">
              {t('conference.register.wishes')}
              <span className="kern-label__optional"> – {t('form.optional')}</span>
            </legend>
            <div className="kern-hint" id="register-wishes-hint">
              {t('conference.register.wishesHint', { count: slots })}
            </div>
            <div className="kern-fieldset__body">
              {Array.from({ length: slots }, (_, i) => (
                <SelectField
                  key={i}
                  id={`register-wish-${i + 1}`}
                  label={t('conference.register.wish', { rank: i + 1 })}
                  value={draft.wishes[i] ?? ''}
                  onChange={(v) => set('wishes', setWish(draft.wishes, i, v))}
                  options={wishOptions(conference.workshops, draft.wishes, i).map((w) => ({
                    value: w.id,
                    label: workshopLabel(w),
                  }))}
                  placeholder={t('conference.register.noWish')}
                />
              ))}
            </div>
          </fieldset>
        )}
        <section aria-labelledby="register-privacy" className="app-panel conference-privacy">
          <h3 className="kern-heading-small" id="register-privacy">
            {t('conference.register.privacyTitle')}
          </h3>
          <p className="kern-body kern-body--small">
            {t('conference.register.privacyVersion', { version: conference.privacyText.version })}
          </p>
          <Paragraphs text={privacyText} />
        </section>
        <div className="conference-consent">
          {consentError && (
            <p className="kern-error" id="register-consent-error">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{consentError}</span>
            </p>
          )}
          <div className={`kern-form-check${consentError ? ' kern-form-check--error' : ''}`}>
            <input
              className={`kern-form-check__checkbox${consentError ? ' kern-form-check__checkbox--error' : ''}`}
              type="checkbox"
              id="register-consent"
              checked={draft.consent}
              onChange={(e) => set('consent', e.target.checked)}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={consentError ? 'register-consent-error' : undefined}
              aria-required
            />
            <label className="kern-label" htmlFor="register-consent">
              {t('conference.register.consent')}
            </label>
          </div>
        </div>
        <div className="app-form__actions">
          <SubmitButton busy={loading}>{t('conference.register.submit')}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
