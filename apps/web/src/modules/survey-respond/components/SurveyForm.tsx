import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert } from '../../../components/Alert';
import {
  type Answer,
  type AnswerEntry,
  answerEntries,
  type Answers,
  describeAnswer,
  type FormSurvey,
  isAnswered,
  isVisible,
  questionsById,
  sectionOf,
  textIn,
} from '../model';
import { respondTexts, type RespondTextKey } from '../texts';
import { questionDomId, QuestionField } from './QuestionField';

/** How a save went; "stopped" when the page shows something else instead (e.g. the survey closed meanwhile). */
export type SaveOutcome = 'saved' | 'stopped' | { problem: RespondTextKey };

export type SubmitOutcome =
  | { kind: 'submitted' }
  | { kind: 'incomplete'; questionIds: readonly string[] }
  | { kind: 'problem'; text: RespondTextKey }
  | { kind: 'notice'; text: string };

/** How long typing pauses before the answers are saved. */
const SAVE_DELAY_MS = 800;

type SaveStatus = 'idle' | 'saving' | 'saved' | { problem: RespondTextKey };

/**
 * The questionnaire, one section per step and a summary at the end, for respondents and for the coordinator's
 * preview alike. Answers live here; `save` (absent in the preview) stores them as the respondent goes: a
 * moment after a change, on leaving a step and when the language changes.
 */
export function SurveyForm({
  survey,
  language,
  initialAnswers,
  save,
  submit,
  intro,
}: {
  survey: FormSurvey;
  language: string;
  initialAnswers: Answers;
  save?: (language: string, entries: AnswerEntry[]) => Promise<SaveOutcome>;
  submit: (language: string, entries: AnswerEntry[], answers: Answers) => Promise<SubmitOutcome>;
  intro?: ReactNode;
}) {
  const t = respondTexts(language);
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [step, setStep] = useState(0);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusTarget, setFocusTarget] = useState<'step' | { question: string } | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  // What the next save sends: the questions changed since the last one, with the latest answers and language.
  const latest = useRef({ answers, language });
  latest.current = { answers, language };
  const dirty = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latestSaved = useRef(language);

  // Saves waiting or under way: "saved" is shown only when none is left.
  const pending = useRef(0);

  const flush = useCallback(
    (force = false) => {
      clearTimeout(timer.current);
      if (!save || (!force && dirty.current.size === 0)) return queue.current;
      pending.current += 1;
      setStatus('saving');
      queue.current = queue.current.then(async () => {
        const ids = new Set(dirty.current);
        dirty.current.clear();
        const { answers: now, language: lang } = latest.current;
        let outcome: SaveOutcome;
        if (!force && ids.size === 0) outcome = 'saved';
        else
          try {
            outcome = await save(lang, answerEntries(survey, now, ids));
          } catch {
            outcome = { problem: 'saveFailed' };
          }
        pending.current -= 1;
        if (outcome === 'saved') {
          if (pending.current === 0) setStatus(dirty.current.size ? 'idle' : 'saved');
        } else if (outcome !== 'stopped') {
          for (const id of ids) dirty.current.add(id);
          setStatus(outcome);
        }
      });
      return queue.current;
    },
    [save, survey],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  // A changed language is stored with the response (and sent with every later save); the status says so
  // in the same render that shows the new language.
  const [savedLanguage, setSavedLanguage] = useState(language);
  if (savedLanguage !== language) {
    setSavedLanguage(language);
    if (save) setStatus('saving');
  }
  useEffect(() => {
    if (savedLanguage !== latestSaved.current) {
      latestSaved.current = savedLanguage;
      void flush(true);
    }
  }, [savedLanguage, flush]);

  const byId = useMemo(() => questionsById(survey), [survey]);
  const change = (questionId: string, answer: Answer) => {
    const next = new Map(answers);
    next.set(questionId, answer);
    setAnswers(next);
    const question = byId.get(questionId);
    if (question && missing.includes(questionId) && isAnswered(question, answer))
      setMissing(missing.filter((id) => id !== questionId));
    if (!save) return;
    dirty.current.add(questionId);
    if (pending.current === 0) setStatus('idle');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget === 'step') stepHeading.current?.focus();
    else {
      const frame = document.getElementById(questionDomId(focusTarget.question));
      frame?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    setFocusTarget(null);
  }, [focusTarget]);

  const sections = survey.sections;
  const summaryStep = sections.length;
  const goTo = (next: number) => {
    void flush();
    setStep(next);
    setNotice(null);
    setFocusTarget('step');
  };

  const send = async () => {
    setSubmitting(true);
    setProblem(null);
    setNotice(null);
    clearTimeout(timer.current);
    await queue.current;
    dirty.current.clear();
    let outcome: SubmitOutcome;
    try {
      outcome = await submit(language, answerEntries(survey, answers), answers);
    } catch {
      outcome = { kind: 'problem', text: 'failed' };
    }
    setSubmitting(false);
    if (outcome.kind === 'incomplete') {
      setMissing(outcome.questionIds);
      setProblem(t('incomplete', { count: outcome.questionIds.length }));
      const first = outcome.questionIds
        .map((id) => ({ id, section: sectionOf(survey, id) }))
        .filter((m) => m.section >= 0)
        .sort((a, b) => a.section - b.section)[0];
      if (first) {
        setStep(first.section);
        setFocusTarget({ question: first.id });
      }
    } else if (outcome.kind === 'problem') {
      setProblem(t(outcome.text));
      setTimeout(() => problemRef.current?.focus());
    } else if (outcome.kind === 'notice') {
      setNotice(outcome.text);
    }
  };

  const statusText =
    status === 'idle' ? '' : status === 'saving' ? t('saving') : status === 'saved' ? t('saved') : t(status.problem);
  const progress =
    step < summaryStep ? t('progress', { current: step + 1, total: sections.length }) : t('summaryProgress');
  const section = sections[step];
  const visible = section?.questions.filter((q) => isVisible(q, answers, byId)) ?? [];

  return (
    <div className="survey-form">
      {step === 0 && intro}
      <div className="survey-progress">
        <p className="kern-body kern-body--bold">{progress}</p>
        <div className="survey-progress__bar" aria-hidden="true">
          <div
            className="survey-progress__done"
            style={{ inlineSize: `${Math.round(((step + 1) / (summaryStep + 1)) * 100)}%` }}
          />
        </div>
      </div>
      {problem && (
        <div tabIndex={-1} ref={problemRef}>
          <Alert variant="danger" role="alert" title={t('errorTitle')}>
            <p className="kern-body">{problem}</p>
          </Alert>
        </div>
      )}
      {section ? (
        <section className="survey-step" aria-labelledby="survey-step-title">
          <h2 className="kern-heading-medium" id="survey-step-title" tabIndex={-1} ref={stepHeading}>
            {textIn(section.title, language)}
          </h2>
          {textIn(section.description, language) && (
            <p className="kern-body survey-pre">{textIn(section.description, language)}</p>
          )}
          {visible.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              answer={answers.get(q.id)}
              onChange={(a) => change(q.id, a)}
              survey={survey}
              language={language}
              t={t}
              missing={missing.includes(q.id)}
            />
          ))}
        </section>
      ) : (
        <section className="survey-step" aria-labelledby="survey-step-title">
          <h2 className="kern-heading-medium" id="survey-step-title" tabIndex={-1} ref={stepHeading}>
            {t('summaryProgress')}
          </h2>
          <p className="kern-body">{t('summaryIntro')}</p>
          {sections.map((s, i) => (
            <div className="survey-summary" key={s.id}>
              <h3 className="kern-heading-small">{textIn(s.title, language)}</h3>
              <dl className="survey-summary__list">
                {s.questions
                  .filter((q) => isVisible(q, answers, byId))
                  .map((q) => (
                    <div key={q.id} className="survey-summary__item">
                      <dt className="kern-body kern-body--bold">{textIn(q.text, language)}</dt>
                      <dd className="kern-body">
                        {describeAnswer(q, answers.get(q.id), survey, language, t('other')) ?? (
                          <span className="kern-body--muted">{t('notAnswered')}</span>
                        )}
                      </dd>
                    </div>
                  ))}
              </dl>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => goTo(i)}>
                <span className="kern-label">{t('edit', { section: textIn(s.title, language) })}</span>
              </button>
            </div>
          ))}
          {notice && (
            <Alert variant="success" role="status" title={t('summaryProgress')}>
              <p className="kern-body">{notice}</p>
            </Alert>
          )}
        </section>
      )}
      <div className="survey-nav">
        {step > 0 && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => goTo(step - 1)}>
            <span className="kern-label">{t('back')}</span>
          </button>
        )}
        {step < summaryStep ? (
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => goTo(step + 1)}>
            <span className="kern-label">{step === summaryStep - 1 ? t('toSummary') : t('next')}</span>
          </button>
        ) : (
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void send()}
            disabled={submitting}
          >
            <span className="kern-label">{submitting ? t('submitting') : t('submit')}</span>
          </button>
        )}
      </div>
      {save && (
        <p className="kern-body survey-save-status" role="status">
          {statusText}
        </p>
      )}
    </div>
  );
}
