import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/form/Field';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { TableHead } from '../../../components/TableHead';
import { fileProblem, readImportAnswer, type ImportAnswer } from '../model';
import { postUpload } from '../../../lib/upload';

/**
 * The coordinators' import of an indicator's values from a CSV or XLSX file:
 * "Prüfen" only checks it, "Importieren" stores it. A refused file shows
 * every problem by row and column (and takes focus); nothing is stored then.
 */
export function ImportSection({
  indicator,
  reload,
}: {
  indicator: { id: string; name: string };
  reload: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [sending, setSending] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [attempts, setAttempts] = useState(0);
  const fileRef = useRef<HTMLInputElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const { errors, check, formRef } = useFormErrors<'file'>();
  const headingId = `import-${indicator.id}`;
  const fileId = `import-file-${indicator.id}`;

  useEffect(() => {
    if (attempts && answer?.kind === 'invalid') problemsRef.current?.focus();
  }, [attempts, answer]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (sending) return;
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const checkOnly = submitter?.value === 'check';
    const file = fileRef.current?.files?.[0];
    const problem = fileProblem(file);
    if (!check({ file: problem && t(`inventory.import.${problem}`) })) return;
    setSending(true);
    setAnswer(null);
    try {
      const form = new FormData();
      form.set('file', file!);
      const res = await postUpload(`/api/indikatoren/${indicator.id}/import${checkOnly ? '?nurPruefen=1' : ''}`, form);
      const body: unknown = await res.json().catch(() => null);
      const read = readImportAnswer(res.status, body, language);
      if (read.kind === 'done' && read.stored) {
        await reload();
        if (fileRef.current) fileRef.current.value = '';
      }
      setAnswer(read);
      setAttempts((n) => n + 1);
    } catch {
      setAnswer({ kind: 'failed', message: null });
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="inventory-import">
      <h3 className="kern-heading-medium" id={headingId}>
        {t('inventory.import.title')}
      </h3>
      <p className="kern-body">{t('inventory.import.intro')}</p>
      <form ref={formRef} className="app-form" onSubmit={submit} noValidate>
        {answer?.kind === 'failed' && (
          <Alert variant="danger" role="alert" title={t('errors.title')}>
            <p className="kern-body">{answer.message ?? t('errors.network')}</p>
          </Alert>
        )}
        <Field id={fileId} label={t('inventory.import.file')} hint={t('inventory.import.fileHint')} error={errors.file}>
          {(aria) => (
            <input
              {...aria}
              ref={fileRef}
              id={fileId}
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="kern-form-input__input"
            />
          )}
        </Field>
        <div className="app-form__actions">
          <button
            type="submit"
            name="mode"
            value="check"
            className="kern-btn kern-btn--secondary"
            aria-disabled={sending || undefined}
          >
            <span className="kern-label">{t('inventory.import.check')}</span>
          </button>
          <button
            type="submit"
            name="mode"
            value="import"
            className="kern-btn kern-btn--primary"
            aria-disabled={sending || undefined}
          >
            <span className="kern-label">{t('inventory.import.submit')}</span>
          </button>
        </div>
      </form>
      <p className="kern-body inventory-import__status" role="status">
        {answer?.kind === 'done'
          ? t(answer.stored ? 'inventory.import.stored' : 'inventory.import.checked', {
              added: answer.added,
              replaced: answer.replaced,
            })
          : ''}
      </p>
      {answer?.kind === 'invalid' && (
        <div className="kern-alert kern-alert--danger app-alert inventory-problems" tabIndex={-1} ref={problemsRef}>
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <h4 className="kern-title">{t('inventory.import.refused')}</h4>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              {answer.message || t('inventory.import.problemCount', { count: answer.problems.length })}
            </p>
            <p className="kern-body">{t('inventory.import.fix')}</p>
            <div className="inventory-scroll" role="region" aria-labelledby={`${headingId}-problems`} tabIndex={0}>
              <table className="kern-table kern-table--small">
                <caption id={`${headingId}-problems`} className="kern-sr-only">
                  {t('inventory.import.problemsCaption')}
                </caption>
                <TableHead
                  columns={[t('inventory.import.row'), t('inventory.import.column'), t('inventory.import.message')]}
                />
                <tbody className="kern-table__body">
                  {answer.problems.map((p, i) => (
                    <tr className="kern-table__row" key={`${p.row}-${p.column}-${i}`}>
                      <td className="kern-table__cell">{p.row}</td>
                      <td className="kern-table__cell">{p.column ?? t('inventory.import.wholeRow')}</td>
                      <td className="kern-table__cell">{p[language]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
