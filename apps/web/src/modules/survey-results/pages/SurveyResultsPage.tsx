import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryFallback } from '../../../components/QueryFallback';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { AudienceSection } from '../components/AudienceSection';
import { BreakdownSection } from '../components/BreakdownSection';
import { FreeTextSection } from '../components/FreeTextSection';
import { QuestionChart } from '../components/QuestionChart';
import { ResultsExport } from '../components/ResultsExport';
import { FINDINGS, FINDINGS_REVISION, SURVEY_RESULTS } from '../graphql';
import { CLOSED_KINDS, textIn } from '../model';
import '../survey-results.css';

/**
 * A survey's results for the coordination: the response per audience, a
 * chart and a table per question with a breakdown by municipality or
 * respondent type, the free-text answers to code and take into findings,
 * and the export of every response.
 */
export function SurveyResultsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { id = '', surveyId = '' } = useParams();
  const questionsId = useId();
  const revision = useQuery(FINDINGS_REVISION, { variables: { id } });
  const results = useQuery(SURVEY_RESULTS, { variables: { surveyId } });
  const findings = useQuery(FINDINGS, { variables: { revisionId: id } });
  const [message, setMessage] = useState('');
  if (!revision.data) return <QueryFallback error={revision.error} title={t('surveyResults.title')} />;
  const r = revision.data.revision;
  if (!results.data) return <QueryFallback error={results.error} title={t('surveyResults.title')} />;
  const { survey, surveyResults } = results.data;
  const fields = [...r.fieldsOfAction]
    .sort((a, b) => a.position - b.position)
    .map((f) => ({ id: f.id, name: f.title }));
  const targetGroups = [...r.targetGroups].sort((a, b) => a.position - b.position);
  const questions = surveyResults.questions;
  const textQuestions = questions.filter((q) => q.kind === 'FREE_TEXT' || q.options.some((o) => o.key === 'other'));
  return (
    <div className="results-page">
      <RevisionHeader
        revision={r}
        page="surveys"
        title={t('surveyResults.titleOf', { survey: textIn(survey.title, language) })}
        subtitle={r.title}
      />
      <p className="kern-body">
        <Link className="kern-link" to={`/fortschreibungen/${r.id}/ergebnisse`}>
          {t('surveyResults.findingsLink')}
        </Link>
      </p>
      <p className="kern-body" role="status">
        {message}
      </p>
      <AudienceSection submitted={surveyResults.submitted} audiences={surveyResults.audiences} />
      <section aria-labelledby={questionsId} className="results-section">
        <h2 className="kern-heading-medium" id={questionsId}>
          {t('surveyResults.questions.title')}
        </h2>
        {questions.length === 0 && <p className="kern-body">{t('surveyResults.questions.none')}</p>}
        {questions.map((q) => (
          <section key={q.questionId} aria-labelledby={`${questionsId}-${q.questionId}`} className="results-question">
            <h3 className="kern-heading-small" id={`${questionsId}-${q.questionId}`}>
              {textIn(q.text, language)}
            </h3>
            <QuestionChart question={q} />
            {CLOSED_KINDS.includes(q.kind) && q.answered > 0 && <BreakdownSection surveyId={survey.id} question={q} />}
          </section>
        ))}
      </section>
      <FreeTextSection
        surveyId={survey.id}
        revisionId={r.id}
        questions={textQuestions}
        fields={fields}
        targetGroups={targetGroups}
        findings={findings.data?.findings ?? []}
        onMessage={setMessage}
      />
      <ResultsExport surveyId={survey.id} />
    </div>
  );
}
