import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { QueryFallback } from '../../../components/QueryFallback';
import { type SubmitOutcome, SurveyForm } from '../components/SurveyForm';
import { SurveyFrame } from '../components/SurveyFrame';
import { SURVEY_PREVIEW } from '../graphql';
import { type AnswerEntry, type Answers, type FormSurvey, missingQuestions, textIn } from '../model';
import { PREVIEW_TEXTS } from '../texts';

const NO_ANSWERS: Answers = new Map();

/**
 * The coordinator's preview (/fortschreibungen/:id/umfragen/:surveyId/vorschau): the same form respondents
 * get, in each of the survey's languages, with the revision's fields of action and the region's
 * municipalities. Answers stay in this window; nothing is saved or submitted, and the end only checks that
 * every required question is answered.
 */
export function SurveyPreviewPage() {
  const { id = '', surveyId = '' } = useParams();
  const { i18n } = useTranslation();
  const p = PREVIEW_TEXTS[i18n.language === 'en' ? 'en' : 'de'];
  const [language, setLanguage] = useState('de');
  const query = useQuery(SURVEY_PREVIEW, { variables: { surveyId, revisionId: id } });
  const data = query.data;
  const survey = useMemo<FormSurvey | null>(
    () =>
      data
        ? {
            title: data.survey.title,
            intro: data.survey.intro,
            languages: data.survey.languages,
            sections: data.survey.sections,
            fieldsOfAction: data.revision.fieldsOfAction.map((f) => ({ id: f.id, name: f.title })),
            municipalities: data.revision.region.municipalities,
          }
        : null,
    [data],
  );
  if (!survey) return <QueryFallback error={query.error} title={p.title} />;

  const submit = async (_language: string, _entries: AnswerEntry[], answers: Answers): Promise<SubmitOutcome> => {
    const missing = missingQuestions(survey, answers);
    return missing.length ? { kind: 'incomplete', questionIds: missing } : { kind: 'notice', text: p.done };
  };
  const notice = (
    <div lang={i18n.language} dir="ltr">
      <Alert variant="warning" title={p.title}>
        <p className="kern-body">{p.notice}</p>
        <p className="kern-body">
          <Link className="kern-link" to={`/fortschreibungen/${id}/umfragen/${surveyId}`}>
            {p.back}
          </Link>
        </p>
      </Alert>
    </div>
  );
  const title = textIn(survey.title, language);
  return (
    <SurveyFrame
      language={language}
      languages={survey.languages}
      onLanguage={setLanguage}
      title={title}
      notice={notice}
    >
      <SurveyForm
        key={surveyId}
        survey={survey}
        language={language}
        initialAnswers={NO_ANSWERS}
        submit={submit}
        intro={
          textIn(survey.intro, language) && <p className="kern-body survey-pre">{textIn(survey.intro, language)}</p>
        }
      />
    </SurveyFrame>
  );
}
