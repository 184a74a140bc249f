import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationOutcome } from './RegistrationForm';

/** After registering: confirmed or on the waiting list, and what the e-mail brings. Takes focus when it appears. */
export function RegistrationConfirmation({ outcome }: { outcome: RegistrationOutcome }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const waiting = outcome.status === 'WAITLISTED';
  const values = { title: outcome.conferenceTitle, email: outcome.email, position: outcome.waitlistPosition ?? '' };
  return (
    <section
      aria-labelledby="registration-done"
      className={`kern-alert kern-alert--${waiting ? 'warning' : 'success'} app-alert conference-confirmation`}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${waiting ? 'warning' : 'success'}`} aria-hidden="true" />
        <h2 className="kern-title" id="registration-done" tabIndex={-1} ref={ref}>
          {waiting ? t('conference.done.waitlistedTitle', values) : t('conference.done.confirmedTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">
          {waiting ? t('conference.done.waitlisted', values) : t('conference.done.confirmed', values)}
        </p>
        <p className="kern-body">
          {waiting ? t('conference.done.mailWaitlisted', values) : t('conference.done.mail', values)}
        </p>
      </div>
    </section>
  );
}
