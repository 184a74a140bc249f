import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { Loading } from '../../../components/Loading';
import { TableHead } from '../../../components/TableHead';
import type { SurveyBreakdown } from '../../../gql/graphql';
import { SURVEY_BREAKDOWN } from '../graphql';
import { breakdownNote, countIn, formatNumber, textIn, type QuestionResultItem } from '../model';
import { ScrollTable } from './Bars';

/** What a question's answers can be broken down by: not by the very fact the question asks. */
const breakdownsOf = (kind: string): SurveyBreakdown[] =>
  kind === 'MUNICIPALITY'
    ? ['RESPONDENT_TYPE']
    : kind === 'ORGANISATION_TYPE'
      ? ['MUNICIPALITY']
      : ['MUNICIPALITY', 'RESPONDENT_TYPE'];

/**
 * A closed question's answers by municipality or by respondent type. The
 * server never returns a group of fewer than five respondents; the note says
 * how many were combined into one group or left out.
 */
export function BreakdownSection({ surveyId, question }: { surveyId: string; question: QuestionResultItem }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const [by, setBy] = useState<SurveyBreakdown | ''>('');
  const { data, error, loading } = useQuery(SURVEY_BREAKDOWN, {
    variables: { surveyId, questionId: question.questionId, by: by || 'MUNICIPALITY' },
    skip: !by,
  });
  const text = textIn(question.text, language);
  const result = by && data?.surveyBreakdown.by === by ? data.surveyBreakdown : null;
  const note = result ? breakdownNote(result.groups, result.suppressed) : null;
  const columns = result?.groups[0]?.options ?? [];
  const groupLabel = (g: { key: string; label: string }) =>
    g.key === 'merged'
      ? t('surveyResults.breakdown.merged')
      : g.key === 'none'
        ? t('surveyResults.breakdown.noValue')
        : g.label;
  const n = (value: number) => formatNumber(value, language);
  const countHint =
    question.kind === 'FIELD_RATING'
      ? t('surveyResults.breakdown.countsRating')
      : question.kind === 'RANKING'
        ? t('surveyResults.breakdown.countsRanking')
        : t('surveyResults.breakdown.countsOptions');
  return (
    <div className="results-breakdown">
      <SelectField
        id={`${id}-by`}
        label={t('surveyResults.breakdown.by', { question: text })}
        hint={t('surveyResults.breakdown.rule')}
        value={by}
        onChange={(value) => setBy(value as SurveyBreakdown | '')}
        placeholder={t('surveyResults.breakdown.none')}
        options={breakdownsOf(question.kind).map((b) => ({ value: b, label: t(`surveyResults.breakdown.${b}`) }))}
      />
      <ErrorAlert error={error} />
      {by && loading && !result && <Loading />}
      {/* Always in the page, so the note is announced when a breakdown arrives. */}
      <div aria-live="polite">
        {result && note && (
          <>
            {result.groups.length === 0 ? (
              <p className="kern-body">
                {t('surveyResults.breakdown.nothing', { count: note.hidden, n: n(note.hidden) })}
              </p>
            ) : (
              <>
                {note.merged > 0 && (
                  <p className="kern-body">
                    {t('surveyResults.breakdown.mergedNote', { count: note.merged, n: n(note.merged) })}
                  </p>
                )}
                {note.hidden > 0 && (
                  <p className="kern-body">
                    {t('surveyResults.breakdown.hiddenNote', { count: note.hidden, n: n(note.hidden) })}
                  </p>
                )}
                {note.merged === 0 && note.hidden === 0 && (
                  <p className="kern-body">{t('surveyResults.breakdown.allShown')}</p>
                )}
              </>
            )}
          </>
        )}
      </div>
      {result && result.groups.length > 0 && (
        <ScrollTable
          id={`${id}-table`}
          caption={t('surveyResults.breakdown.caption', {
            question: text,
            by: t(`surveyResults.breakdown.${result.by}`),
          })}
        >
          <TableHead
            columns={[
              t(`surveyResults.breakdown.${result.by}`),
              t('surveyResults.breakdown.respondents'),
              ...columns.map((o) => textIn(o.label, language)),
            ]}
          />
          <tbody className="kern-table__body">
            {result.groups.map((g) => (
              <tr className="kern-table__row" key={g.key}>
                <th scope="row" className="kern-table__header">
                  {groupLabel(g)}
                </th>
                <td className="kern-table__cell results-number">{n(g.respondents)}</td>
                {columns.map((o) => (
                  <td key={o.key} className="kern-table__cell results-number">
                    {n(countIn(g.options, o.key))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {result && result.groups.length > 0 && <p className="kern-body">{countHint}</p>}
    </div>
  );
}
