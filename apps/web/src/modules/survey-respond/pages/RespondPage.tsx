import { useMutation, useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { type SaveOutcome, type SubmitOutcome, SurveyForm } from '../components/SurveyForm';
import { SurveyFrame } from '../components/SurveyFrame';
import { errorCode, missingQuestionIds } from '../errors';
import { RESPONDENT_SURVEY, SAVE_SURVEY_ANSWERS, START_SURVEY_RESPONSE, SUBMIT_SURVEY_RESPONSE } from '../graphql';
import { isSurveyLanguage, SURVEY_LANGUAGES, surveyLangTag } from '../languages';
import { type AnswerEntry, answersFromStored, type FormSurvey, resumeKey, textIn } from '../model';
import { respondTexts, type RespondTextKey } from '../texts';

/** What the page shows instead of the form once the server said so. */
type Ending = 'thanks' | 'submitted' | 'closed' | 'notOpen' | 'invalid';

const ENDING_OF_CODE: Record<string, Ending> = {
  SURVEY_SUBMITTED: 'submitted',
  SURVEY_CLOSED: 'closed',
  SURVEY_NOT_OPEN: 'notOpen',
  TOKEN_INVALID: 'invalid',
};

function storedResumeToken(publicToken: string): string | null {
  try {
    return localStorage.getItem(resumeKey(publicToken));
  } catch {
    return null;
  }
}

/** The language a visitor reads first: their browser's, when the survey has it. */
function browserLanguage(offered: readonly string[]): string {
  return navigator.languages.map((l) => l.slice(0, 2).toLowerCase()).find((l) => offered.includes(l)) ?? 'de';
}

/**
 * Answering a survey without an account (/umfrage/:token). A personal invitation link opens the questionnaire
 * at once; the public link first explains the anonymity and starts a response, whose random resume token this
 * browser keeps (keyed by the public link) to continue after a reload.
 */
export function RespondPage() {
  const { token: urlToken = '' } = useParams();
  const [token, setToken] = useState(() => storedResumeToken(urlToken) ?? urlToken);
  const [chosen, setChosen] = useState<string | null>(null);
  const [ending, setEnding] = useState<Ending | null>(null);
  const [startProblem, setStartProblem] = useState<RespondTextKey | null>(null);
  const query = useQuery(RESPONDENT_SURVEY, { variables: { token }, fetchPolicy: 'network-only' });
  const [start, started] = useMutation(START_SURVEY_RESPONSE);
  const [saveAnswers] = useMutation(SAVE_SURVEY_ANSWERS);
  const [submitResponse] = useMutation(SUBMIT_SURVEY_RESPONSE);
  const data = query.data?.respondentSurvey;

  const survey = useMemo<FormSurvey | null>(
    () =>
      data
        ? {
            title: data.title,
            intro: data.intro,
            languages: data.languages,
            sections: data.sections,
            fieldsOfAction: data.fieldsOfAction,
            municipalities: data.municipalities,
          }
        : null,
    [data],
  );
  const initialAnswers = useMemo(() => answersFromStored(data?.answers ?? []), [data]);

  const offered: readonly string[] = data?.languages ?? SURVEY_LANGUAGES;
  const fallback =
    data && !data.isPublicLink && offered.includes(data.language) ? data.language : browserLanguage(offered);
  const language = chosen && offered.includes(chosen) ? chosen : isSurveyLanguage(fallback) ? fallback : 'de';
  const t = respondTexts(language);

  // A resume token this browser kept that no longer works (e.g. the data were deleted): start over.
  const staleResume = Boolean(query.error) && token !== urlToken && errorCode(query.error) === 'TOKEN_INVALID';
  useEffect(() => {
    if (!staleResume) return;
    localStorage.removeItem(resumeKey(urlToken));
    setToken(urlToken);
  }, [staleResume, urlToken]);

  const explain = (title: RespondTextKey, ...lines: string[]) => (
    <Alert
      variant={title === 'thanksTitle' || title === 'submittedTitle' ? 'success' : 'info'}
      role="status"
      title={t(title)}
    >
      {lines.map((line) => (
        <p className="kern-body" key={line}>
          {line}
        </p>
      ))}
    </Alert>
  );
  const date = (iso: string) =>
    new Intl.DateTimeFormat(surveyLangTag(language), {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(new Date(iso));

  const frame = (body: ReactNode) => {
    const title = data ? textIn(data.title, language) : t('loading');
    const titleLanguage = data && !data.title.some((x) => x.language === language) ? 'de' : undefined;
    return (
      <SurveyFrame
        language={language}
        languages={data?.languages}
        onLanguage={setChosen}
        title={title}
        titleLanguage={titleLanguage}
      >
        {body}
      </SurveyFrame>
    );
  };

  if (!data) {
    if (!query.error) return frame(<p className="kern-body">{t('loading')}</p>);
    const code = errorCode(query.error);
    if (code === 'TOKEN_INVALID') return frame(explain('invalidTitle', t('invalid')));
    return frame(
      <Alert variant="danger" role="alert" title={t('errorTitle')}>
        <p className="kern-body">{t('failed')}</p>
      </Alert>,
    );
  }
  const state: Ending | null =
    ending ??
    (data.submittedAt
      ? 'submitted'
      : data.availability === 'CLOSED'
        ? 'closed'
        : data.availability === 'NOT_OPEN'
          ? 'notOpen'
          : null);
  if (state === 'thanks') return frame(explain('thanksTitle', t('thanks')));
  if (state === 'submitted') return frame(explain('submittedTitle', t('submitted')));
  if (state === 'closed') return frame(explain('closedTitle', t('closed')));
  if (state === 'invalid') return frame(explain('invalidTitle', t('invalid')));
  if (state === 'notOpen')
    return frame(
      explain('notOpenTitle', ...(data.opensAt ? [t('opensAt', { date: date(data.opensAt) })] : []), t('notOpen')),
    );

  const intro = textIn(data.intro, language);
  const introText = (
    <>
      {intro && <p className="kern-body survey-pre">{intro}</p>}
      {data.closesAt && <p className="kern-body">{t('openUntil', { date: date(data.closesAt) })}</p>}
    </>
  );

  if (data.isPublicLink) {
    const begin = async () => {
      setStartProblem(null);
      try {
        const result = await start({ variables: { publicToken: urlToken, language } });
        const resume = result.data?.startSurveyResponse;
        if (!resume) throw new Error('no token');
        try {
          localStorage.setItem(resumeKey(urlToken), resume);
        } catch {
          // Without storage the respondent can still answer now, only not resume after closing the page.
        }
        setToken(resume);
      } catch (error) {
        const code = errorCode(error);
        if (code && ENDING_OF_CODE[code]) setEnding(ENDING_OF_CODE[code]);
        else setStartProblem(code === 'RATE_LIMITED' ? 'rateLimited' : 'failed');
      }
    };
    return frame(
      <section className="survey-start" aria-labelledby="survey-start-title">
        {introText}
        <h2 className="kern-heading-medium" id="survey-start-title">
          {t('startTitle')}
        </h2>
        <Alert variant="info" title={t('privacyTitle')}>
          <p className="kern-body">{t('privacy')}</p>
        </Alert>
        <p className="kern-body">{t('resumePublic')}</p>
        {startProblem && (
          <Alert variant="danger" role="alert" title={t('errorTitle')}>
            <p className="kern-body">{t(startProblem)}</p>
          </Alert>
        )}
        <div className="survey-nav">
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            disabled={started.loading}
            onClick={() => void begin()}
          >
            <span className="kern-label">{t('start')}</span>
          </button>
        </div>
      </section>,
    );
  }

  const problemOf = (error: unknown): SaveOutcome => {
    const code = errorCode(error);
    if (code && ENDING_OF_CODE[code]) {
      setEnding(ENDING_OF_CODE[code]);
      return 'stopped';
    }
    return { problem: code === 'ANSWER_INVALID' ? 'answerInvalid' : 'saveFailed' };
  };
  const save = async (lang: string, answers: AnswerEntry[]): Promise<SaveOutcome> => {
    try {
      await saveAnswers({ variables: { token, language: lang, answers } });
      return 'saved';
    } catch (error) {
      return problemOf(error);
    }
  };
  const submit = async (lang: string, answers: AnswerEntry[]): Promise<SubmitOutcome> => {
    try {
      await submitResponse({ variables: { token, language: lang, answers } });
      setEnding('thanks');
      return { kind: 'submitted' };
    } catch (error) {
      if (errorCode(error) === 'SURVEY_INCOMPLETE')
        return { kind: 'incomplete', questionIds: missingQuestionIds(error) };
      const outcome = problemOf(error);
      if (outcome === 'stopped') return { kind: 'submitted' };
      return {
        kind: 'problem',
        text: outcome === 'saved' ? 'failed' : outcome.problem === 'saveFailed' ? 'failed' : outcome.problem,
      };
    }
  };
  return frame(
    <SurveyForm
      key={token}
      survey={survey!}
      language={language}
      initialAnswers={initialAnswers}
      save={save}
      submit={submit}
      intro={
        <>
          {introText}
          <p className="kern-body">{data.audience === 'PUBLIC' ? t('resumePublic') : t('resumeInvited')}</p>
        </>
      }
    />,
  );
}
