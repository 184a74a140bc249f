import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { TextField } from '../../../components/form/TextField';

/** The address of the public registration page, to put into invitations. */
export function PublicLink({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const path = `/konferenz/${conferenceId}`;
  const url = `${window.location.origin}${path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="conference-link">
      <TextField
        id={`public-link-${conferenceId}`}
        label={t('conference.link.label')}
        hint={t('conference.link.hint')}
        value={url}
        onChange={() => undefined}
        readOnly
      />
      <div className="app-actions">
        <Button onClick={copy}>{t('conference.link.copy')}</Button>
        <Link className="kern-link" to={path}>
          {t('conference.link.open')}
        </Link>
      </div>
      <p className="kern-body" role="status">
        {copied === 'yes' ? t('conference.link.copied') : copied === 'failed' ? t('conference.link.copyFailed') : ''}
      </p>
    </div>
  );
}
