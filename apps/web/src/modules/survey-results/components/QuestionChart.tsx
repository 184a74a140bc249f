import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TableHead } from '../../../components/TableHead';
import {
  byRank,
  fiveRatings,
  formatNumber,
  formatShare,
  largest,
  ratingExtremes,
  textIn,
  type QuestionResultItem,
} from '../model';
import { Bars, ScrollTable } from './Bars';

/**
 * One question's result: a chart named with its key figure and the same
 * figures as a table — option counts as bars, field ratings as average bars
 * with the distribution in the table, a ranking as average ranks, numbers as
 * a summary; open questions only say how many answered.
 */
export function QuestionChart({ question }: { question: QuestionResultItem }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const text = textIn(question.text, language);
  const n = (value: number, digits = 1) => formatNumber(value, language, digits);
  const answered = t('surveyResults.question.answered', { count: question.answered, n: n(question.answered) });

  if (question.kind === 'FIELD_RATING') {
    const rows = question.fieldRatings.map((r) => ({ ...r, id: r.fieldOfActionId }));
    const extremes = ratingExtremes(rows);
    const label = extremes
      ? t('surveyResults.rating.label', {
          question: text,
          best: extremes.best.name,
          bestAverage: n(extremes.best.average!),
          worst: extremes.worst.name,
          worstAverage: n(extremes.worst.average!),
        })
      : t('surveyResults.question.none', { question: text });
    return (
      <>
        <p className="kern-body">{answered}</p>
        <Bars
          label={label}
          max={5}
          bars={rows.map((r) => ({
            key: r.id,
            label: r.name,
            value: r.average ?? 0,
            text:
              r.average === null
                ? t('surveyResults.rating.unrated')
                : t('surveyResults.rating.bar', { average: n(r.average), count: r.count }),
          }))}
        />
        <ScrollTable id={`${id}-table`} caption={t('surveyResults.rating.caption', { question: text })}>
          <TableHead
            columns={[
              t('surveyResults.rating.field'),
              t('surveyResults.rating.count'),
              t('surveyResults.rating.average'),
              ...[1, 2, 3, 4, 5].map((r) => t('surveyResults.rating.rated', { rating: r })),
            ]}
          />
          <tbody className="kern-table__body">
            {rows.map((r) => (
              <tr className="kern-table__row" key={r.id}>
                <th scope="row" className="kern-table__header">
                  {r.name}
                </th>
                <td className="kern-table__cell results-number">{n(r.count)}</td>
                <td className="kern-table__cell results-number">{r.average === null ? '–' : n(r.average)}</td>
                {fiveRatings(r.distribution).map((count, i) => (
                  <td key={i} className="kern-table__cell results-number">
                    {n(count)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </>
    );
  }

  if (question.kind === 'RANKING') {
    const rows = byRank(question.ranks.map((r) => ({ ...r, label: textIn(r.label, language) })));
    const places = rows.length;
    const label = rows.length
      ? t('surveyResults.ranking.label', { question: text, first: rows[0].label, rank: n(rows[0].averageRank) })
      : t('surveyResults.question.none', { question: text });
    return (
      <>
        <p className="kern-body">{answered}</p>
        <p className="kern-body">{t('surveyResults.ranking.intro')}</p>
        <Bars
          label={label}
          max={places}
          bars={rows.map((r) => ({
            key: r.key,
            label: r.label,
            // The longest bar for the smallest (best) rank.
            value: places + 1 - r.averageRank,
            text: t('surveyResults.ranking.bar', { rank: n(r.averageRank) }),
          }))}
        />
        <ScrollTable id={`${id}-table`} caption={t('surveyResults.ranking.caption', { question: text })}>
          <TableHead
            columns={[
              t('surveyResults.ranking.place'),
              t('surveyResults.ranking.option'),
              t('surveyResults.ranking.average'),
            ]}
          />
          <tbody className="kern-table__body">
            {rows.map((r, i) => (
              <tr className="kern-table__row" key={r.key}>
                <td className="kern-table__cell results-number">{i + 1}</td>
                <th scope="row" className="kern-table__header">
                  {r.label}
                </th>
                <td className="kern-table__cell results-number">{n(r.averageRank)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </>
    );
  }

  if (question.options.length) {
    const rows = question.options.map((o) => ({ key: o.key, label: textIn(o.label, language), count: o.count }));
    const top = largest(rows);
    const share = (count: number) => formatShare(question.answered ? count / question.answered : null, language);
    const label = top
      ? t('surveyResults.options.label', {
          question: text,
          answered: n(question.answered),
          top: top.label,
          count: top.count,
          n: n(top.count),
          share: share(top.count),
        })
      : t('surveyResults.question.none', { question: text });
    return (
      <>
        <p className="kern-body">
          {answered}
          {question.kind === 'MULTIPLE_CHOICE' && ` ${t('surveyResults.options.multiple')}`}
        </p>
        <Bars
          label={label}
          bars={rows.map((r) => ({
            key: r.key,
            label: r.label,
            value: r.count,
            text: t('surveyResults.options.bar', { n: n(r.count), share: share(r.count) }),
          }))}
        />
        <ScrollTable id={`${id}-table`} caption={t('surveyResults.options.caption', { question: text })}>
          <TableHead
            columns={[
              t('surveyResults.options.option'),
              t('surveyResults.options.count'),
              t('surveyResults.options.share'),
            ]}
          />
          <tbody className="kern-table__body">
            {rows.map((r) => (
              <tr className="kern-table__row" key={r.key}>
                <th scope="row" className="kern-table__header">
                  {r.label}
                </th>
                <td className="kern-table__cell results-number">{n(r.count)}</td>
                <td className="kern-table__cell results-number">{share(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </>
    );
  }

  const summary = question.numberSummary;
  if (summary) {
    return (
      <>
        <p className="kern-body">{answered}</p>
        <ScrollTable id={`${id}-table`} caption={t('surveyResults.number.caption', { question: text })}>
          <TableHead
            columns={[
              t('surveyResults.number.count'),
              t('surveyResults.number.min'),
              t('surveyResults.number.max'),
              t('surveyResults.number.mean'),
              t('surveyResults.number.median'),
            ]}
          />
          <tbody className="kern-table__body">
            <tr className="kern-table__row">
              {[summary.count, summary.min, summary.max, summary.mean, summary.median].map((value, i) => (
                <td key={i} className="kern-table__cell results-number">
                  {n(value, 2)}
                </td>
              ))}
            </tr>
          </tbody>
        </ScrollTable>
      </>
    );
  }

  return (
    <p className="kern-body">
      {answered}
      {question.kind === 'FREE_TEXT' && ` ${t('surveyResults.question.freeTextBelow')}`}
    </p>
  );
}
