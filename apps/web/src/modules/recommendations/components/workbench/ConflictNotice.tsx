import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { HiddenContext } from '../../../../components/HiddenContext';
import { serverMessages } from '../../../../lib/errors';
import { fieldLabel } from './describe';
import type { ConflictRow, ContentField } from './model';

/**
 * The edit was based on an older version: what the other person changed, per
 * field their stored value next to the person's own input. What the person
 * typed stays in the form below; fields they had left alone now hold the
 * stored value; where both changed a field, the stored value can be taken
 * over. Saving again writes the form on top of the newer version. Focus moves
 * here so nobody misses it.
 */
export function ConflictNotice({
  error,
  rows,
  adopted,
  onAdopt,
}: {
  error: unknown;
  rows: readonly ConflictRow[];
  adopted: readonly ContentField[];
  onAdopt: (field: ContentField) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  const message = serverMessages(error)?.[0];

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="workbench-conflict-title"
      className="kern-alert kern-alert--warning app-alert workbench-conflict"
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h2 className="kern-title" id="workbench-conflict-title">
          {t('recommendation.conflict.title')}
        </h2>
      </div>
      <div className="kern-alert__body">
        {message && <p className="kern-body">{message}</p>}
        <p className="kern-body">{t('recommendation.conflict.keep')}</p>
        {rows.length === 0 ? (
          <p className="kern-body">{t('recommendation.conflict.onlyStatus')}</p>
        ) : (
          <ul className="workbench-plain-list workbench-conflict__rows">
            {rows.map((row) => (
              <li key={row.field} className="workbench-conflict__row">
                <h3 className="kern-heading-small">{fieldLabel(row.field, t)}</h3>
                <dl className="workbench-compare">
                  <div>
                    <dt>{t('recommendation.conflict.theirs')}</dt>
                    <dd>{row.theirs}</dd>
                  </div>
                  <div>
                    <dt>{t('recommendation.conflict.mine')}</dt>
                    <dd>{row.mine}</dd>
                  </div>
                </dl>
                {row.kind === 'clash' && !adopted.includes(row.field) ? (
                  <Button onClick={() => onAdopt(row.field)}>
                    {t('recommendation.conflict.adopt')}
                    <HiddenContext>{fieldLabel(row.field, t)}</HiddenContext>
                  </Button>
                ) : (
                  <p className="kern-body">
                    {adopted.includes(row.field)
                      ? t('recommendation.conflict.adopted')
                      : row.kind === 'same'
                        ? t('recommendation.conflict.same')
                        : t('recommendation.conflict.taken')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
