import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Field } from '../../../components/form/Field';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { settle } from '../../../lib/errors';
import { ExportPanel } from '../../exports/ExportPanel';
import { CONFERENCE_DOCUMENTATION_EXPORTS, START_CONFERENCE_DOCUMENTATION } from '../../exports/graphql';
import { CONFERENCE_PHOTOS, DELETE_CONFERENCE_PHOTO } from '../graphql';
import type { ConferenceData } from './ConferenceFacts';
import { postUpload } from '../../../lib/upload';

const MAX_BYTES = 8 * 1024 * 1024;

/**
 * The conference documentation for its coordinators: the flip-chart photos
 * that go into it, and the documentation itself as PDF or Word, built by a
 * job whose progress shows here.
 */
export function DocumentationSection({ conference }: { conference: ConferenceData }) {
  const { t } = useTranslation();
  const conferenceId = conference.id;
  const list = useQuery(CONFERENCE_DOCUMENTATION_EXPORTS, { variables: { conferenceId } });
  const [start, { loading, error }] = useMutation(START_CONFERENCE_DOCUMENTATION, {
    refetchQueries: [CONFERENCE_DOCUMENTATION_EXPORTS],
  });
  return (
    <section aria-labelledby={`documentation-${conferenceId}`}>
      <h3 className="kern-heading-medium" id={`documentation-${conferenceId}`}>
        {t('conference.documentation.title')}
      </h3>
      <p className="kern-body">{t('conference.documentation.intro')}</p>
      <PhotosSection conference={conference} />
      <ExportPanel
        title={t('conference.documentation.build')}
        intro={t('conference.documentation.buildHint')}
        level={3}
        choices={[
          { format: 'PDF', label: t('conference.documentation.pdf') },
          { format: 'DOCX', label: t('conference.documentation.docx') },
        ]}
        start={async (format) =>
          (await settle(start({ variables: { conferenceId, format } })))?.data?.exportConferenceDocumentation.id ?? null
        }
        starting={loading}
        startError={error}
        latest={list.data?.conferenceDocumentationExports}
        latestError={list.error}
        wording="feasibility.export.steps"
      />
    </section>
  );
}

interface UploadFailure {
  messages?: { de: string; en: string };
}

function PhotosSection({ conference }: { conference: ConferenceData }) {
  const { t, i18n } = useTranslation();
  const conferenceId = conference.id;
  const photos = useQuery(CONFERENCE_PHOTOS, { variables: { conferenceId } });
  const [remove, removal] = useMutation(DELETE_CONFERENCE_PHOTO, { refetchQueries: [CONFERENCE_PHOTOS] });
  const [caption, setCaption] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const { errors, check, formRef } = useFormErrors<'file' | 'caption'>();
  const workshopTitle = (id: string | null) =>
    conference.workshops.find((w) => w.id === id)?.title ?? t('conference.documentation.wholeConference');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    const file = fileRef.current?.files?.[0];
    const fileProblem = !file
      ? t('conference.documentation.problems.file')
      : !['image/jpeg', 'image/png'].includes(file.type)
        ? t('conference.documentation.problems.type')
        : file.size > MAX_BYTES
          ? t('conference.documentation.problems.size')
          : undefined;
    if (
      !check({
        file: fileProblem,
        caption: caption.trim() ? undefined : t('conference.documentation.problems.caption'),
      })
    )
      return;
    setSending(true);
    setFailure(null);
    setAdded(null);
    try {
      const form = new FormData();
      form.set('caption', caption.trim());
      if (sessionId) form.set('sessionId', sessionId);
      form.set('file', file!);
      const res = await postUpload(`/api/conferences/${conferenceId}/fotos`, form);
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as UploadFailure;
        setFailure(body.messages?.[i18n.language === 'en' ? 'en' : 'de'] ?? t('errors.network'));
        return;
      }
      setAdded(caption.trim());
      setCaption('');
      if (fileRef.current) fileRef.current.value = '';
      await photos.refetch();
    } catch {
      setFailure(t('errors.network'));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby={`photos-${conferenceId}`}>
      <h4 className="kern-heading-small" id={`photos-${conferenceId}`}>
        {t('conference.documentation.photos')}
      </h4>
      <p className="kern-body">{t('conference.documentation.photosHint')}</p>
      <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
        {failure && (
          <Alert variant="danger" role="alert" title={t('errors.title')}>
            <p className="kern-body">{failure}</p>
          </Alert>
        )}
        <Field
          id={`photo-file-${conferenceId}`}
          label={t('conference.documentation.file')}
          hint={t('conference.documentation.fileHint')}
          error={errors.file}
        >
          {(aria) => (
            <input
              {...aria}
              ref={fileRef}
              id={`photo-file-${conferenceId}`}
              name="file"
              type="file"
              accept="image/jpeg,image/png"
              className="kern-form-input__input"
            />
          )}
        </Field>
        <TextAreaField
          id={`photo-caption-${conferenceId}`}
          label={t('conference.documentation.caption')}
          hint={t('conference.documentation.captionHint')}
          error={errors.caption}
          value={caption}
          onChange={setCaption}
          rows={2}
          maxLength={500}
        />
        <SelectField
          id={`photo-workshop-${conferenceId}`}
          label={t('conference.documentation.workshop')}
          value={sessionId}
          onChange={setSessionId}
          placeholder={t('conference.documentation.wholeConference')}
          options={conference.workshops.map((w) => ({ value: w.id, label: w.title }))}
        />
        <SubmitButton busy={sending}>{t('conference.documentation.upload')}</SubmitButton>
      </form>
      <p className="kern-body" role="status">
        {added ? t('conference.documentation.added', { caption: added }) : ''}
      </p>
      <ErrorAlert error={photos.error ?? removal.error} />
      {photos.data &&
        (photos.data.conferencePhotos.length === 0 ? (
          <p className="kern-body">{t('conference.documentation.noPhotos')}</p>
        ) : (
          <ul className="conference-photos">
            {photos.data.conferencePhotos.map((p) => (
              <li key={p.id}>
                <figure>
                  <img src={`/api/conferences/fotos/${p.id}`} alt={p.caption} width={p.width} height={p.height} />
                  <figcaption className="kern-body">
                    {p.caption}
                    <br />
                    <span className="kern-body--small">{workshopTitle(p.sessionId)}</span>
                  </figcaption>
                </figure>
                <Button
                  variant="tertiary"
                  onClick={() => void settle(remove({ variables: { id: p.id } }))}
                  aria-label={t('conference.documentation.removeNamed', { caption: p.caption })}
                >
                  {t('conference.documentation.remove')}
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
