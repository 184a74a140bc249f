import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SelectField } from '../../../components/form/SelectField';
import { OFFER_GAPS } from '../graphql';
import { gapMatrix } from '../model';

interface Named {
  id: string;
  name: string;
}

/**
 * Where offers are missing: a picture of fields of action × municipalities
 * with the count in every cell (empty cells hatched, outlined and "0"), for
 * all or one target group, and the same figures as a table.
 */
export function GapView({
  revisionId,
  fields,
  municipalities,
  targetGroups,
}: {
  revisionId: string;
  fields: readonly { id: string; title: string }[];
  municipalities: readonly Named[];
  targetGroups: readonly Named[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [targetGroupId, setGroup] = useState('');
  const { data, previousData, error } = useQuery(OFFER_GAPS, {
    variables: { revisionId, targetGroupId: targetGroupId || null },
  });
  const shown = data ?? previousData;
  const rows = shown ? gapMatrix(shown.offerGaps, fields, municipalities) : [];
  const total = fields.length * municipalities.length;
  const empty = rows.reduce((sum, r) => sum + r.empty, 0);
  const columns = `minmax(8rem, 14rem) repeat(${municipalities.length}, 2.5rem)`;
  return (
    <section aria-labelledby={`${id}-title`} className="offers-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('offers.gaps.title')}
      </h2>
      <p className="kern-body">{t('offers.gaps.intro')}</p>
      <SelectField
        id={`${id}-group`}
        label={t('offers.gaps.targetGroup')}
        value={targetGroupId}
        onChange={setGroup}
        placeholder={t('offers.gaps.allGroups')}
        options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
      />
      <ErrorAlert error={error} />
      {!shown ? (
        <Loading />
      ) : (
        <>
          <ul className="offers-legend" aria-label={t('offers.gaps.pictureTitle')}>
            <li>
              <span className="offers-gap__cell offers-gap__cell--empty" aria-hidden="true">
                0
              </span>
              <span className="kern-body">{t('offers.gaps.legendEmpty')}</span>
            </li>
            <li>
              <span className="offers-gap__cell" aria-hidden="true">
                2
              </span>
              <span className="kern-body">{t('offers.gaps.legendSome')}</span>
            </li>
          </ul>
          <div className="offers-scroll" role="region" aria-label={t('offers.gaps.scrollLabel')} tabIndex={0}>
            <div
              className="offers-gap"
              role="img"
              aria-label={t('offers.gaps.picture', { empty, total })}
              style={{ gridTemplateColumns: columns }}
            >
              <span className="offers-gap__corner" />
              {municipalities.map((m) => (
                <span key={m.id} className="offers-gap__head">
                  {m.name}
                </span>
              ))}
              {rows.map((r) => [
                <span key={r.fieldOfActionId} className="offers-gap__row-head">
                  {r.title}
                </span>,
                ...r.counts.map((n, i) => (
                  <span
                    key={`${r.fieldOfActionId}-${municipalities[i].id}`}
                    className={`offers-gap__cell${n === 0 ? ' offers-gap__cell--empty' : ''}`}
                    data-empty={n === 0 ? 'true' : undefined}
                    title={t('offers.gaps.cell', { field: r.title, municipality: municipalities[i].name, count: n })}
                  >
                    {n}
                  </span>
                )),
              ])}
            </div>
          </div>
          <div className="offers-scroll" role="region" aria-label={t('offers.gaps.tableScrollLabel')} tabIndex={0}>
            <table className="kern-table offers-table">
              <caption className="kern-title">{t('offers.gaps.tableCaption')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t('offers.gaps.field')}
                  </th>
                  {municipalities.map((m) => (
                    <th key={m.id} scope="col" className="kern-table__header">
                      {m.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.fieldOfActionId} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      {r.title}
                    </th>
                    {r.counts.map((n, i) => (
                      <td key={municipalities[i].id} className="kern-table__cell">
                        {n}
                      </td>
                    ))}
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
