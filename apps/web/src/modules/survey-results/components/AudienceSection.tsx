import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../../components/TableHead';
import { barShare } from '../../inventory/model';
import { audienceTotals, formatNumber, formatShare, type AudienceRow } from '../model';

const LEGEND = [
  { className: 'results-bars__bar--invited', key: 'legendInvited' },
  { className: 'results-bars__bar--started', key: 'legendStarted' },
  { className: 'results-bars__bar', key: 'legendSubmitted' },
] as const;

/**
 * The response per audience: one bar each, its outline the invited, its
 * lighter part the started and its dark part the submitted responses, with
 * the figures written next to it and in the table below.
 */
export function AudienceSection({
  submitted,
  audiences: all,
}: {
  submitted: number;
  audiences: readonly AudienceRow[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  // Audiences nobody was invited from and nobody answered for say nothing.
  const audiences = all.filter((a) => a.invited > 0 || a.started > 0);
  const total = audienceTotals(all);
  const max = Math.max(1, ...audiences.map((a) => Math.max(a.invited, a.started, a.submitted)));
  const n = (value: number) => formatNumber(value, language);
  const name = (audience: string) => t(`surveyResults.audience.${audience}` as 'surveyResults.audience.PUBLIC');
  const audienceList = audiences.map((a) => `${name(a.audience)} ${n(a.submitted)}`).join(', ');
  const label =
    total.responseRate === null
      ? t('surveyResults.response.labelNoRate', { count: submitted, submitted: n(submitted), audiences: audienceList })
      : t('surveyResults.response.label', {
          count: submitted,
          submitted: n(submitted),
          rate: formatShare(total.responseRate, language),
          audiences: audienceList,
        });
  return (
    <section aria-labelledby={`${id}-title`} className="results-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('surveyResults.response.title')}
      </h2>
      <p className="kern-body">
        <span className="results-key-figure">{n(submitted)}</span>{' '}
        {t('surveyResults.response.submitted', { count: submitted })}
      </p>
      {audiences.length > 0 && (
        <>
          <div className="results-bars" role="img" aria-label={label}>
            {audiences.map((a) => (
              <div className="results-bars__row" key={a.audience}>
                <span className="results-bars__name">{name(a.audience)}</span>
                <svg
                  className="results-bars__track"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  {a.invited > 0 && (
                    <rect
                      className="results-bars__bar--invited"
                      x="0.5"
                      y="0.5"
                      width={barShare(a.invited, max) - 1}
                      height="9"
                    />
                  )}
                  <rect
                    className="results-bars__bar--started"
                    x="0"
                    y="2"
                    width={barShare(a.started, max)}
                    height="6"
                  />
                  <rect className="results-bars__bar" x="0" y="2" width={barShare(a.submitted, max)} height="6" />
                </svg>
                <span className="results-bars__value">
                  {a.responseRate === null
                    ? t('surveyResults.response.barPublic', { submitted: n(a.submitted), started: n(a.started) })
                    : t('surveyResults.response.bar', {
                        submitted: n(a.submitted),
                        invited: n(a.invited),
                        rate: formatShare(a.responseRate, language),
                      })}
                </span>
              </div>
            ))}
          </div>
          <ul className="results-legend" aria-hidden="true">
            {LEGEND.map((l) => (
              <li key={l.key}>
                <svg viewBox="0 0 24 12" width="24" height="12" focusable="false">
                  <rect className={l.className} x="0.5" y="0.5" width="23" height="11" />
                </svg>
                {t(`surveyResults.response.${l.key}`)}
              </li>
            ))}
          </ul>
          <div className="results-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table className="kern-table kern-table--small">
              <caption id={`${id}-caption`} className="kern-body results-caption">
                {t('surveyResults.response.caption')}
              </caption>
              <TableHead
                columns={[
                  t('surveyResults.response.audience'),
                  t('surveyResults.response.invited'),
                  t('surveyResults.response.started'),
                  t('surveyResults.response.submittedColumn'),
                  t('surveyResults.response.rate'),
                ]}
              />
              <tbody className="kern-table__body">
                {[...audiences, total].map((a) => (
                  <tr className="kern-table__row" key={a.audience}>
                    <th scope="row" className="kern-table__header">
                      {a.audience === 'TOTAL' ? t('surveyResults.response.total') : name(a.audience)}
                    </th>
                    <td className="kern-table__cell results-number">{a.audience === 'PUBLIC' ? '–' : n(a.invited)}</td>
                    <td className="kern-table__cell results-number">{n(a.started)}</td>
                    <td className="kern-table__cell results-number">{n(a.submitted)}</td>
                    <td className="kern-table__cell results-number">{formatShare(a.responseRate, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
