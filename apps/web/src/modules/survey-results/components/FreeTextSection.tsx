import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../../components/Disclosure';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CheckboxGroup } from '../../../components/form/CheckboxGroup';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { Loading } from '../../../components/Loading';
import type { SurveyFreeTextsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { settle } from '../../../lib/errors';
import { CODE_SURVEY_ANSWER, SURVEY_FREE_TEXTS } from '../graphql';
import { languageOf, sameIds, textIn, type LocalizedItem } from '../model';
import { TakeIntoFinding, type FindingChoice } from './TakeIntoFinding';

type Answer = SurveyFreeTextsQuery['surveyFreeTexts'][number];

export interface Named {
  id: string;
  name: string;
}

/**
 * The free-text answers and “other” texts, with the question and language of
 * each; coordinators code an answer to fields of action and target groups and
 * take it into a new or an existing finding.
 */
export function FreeTextSection({
  surveyId,
  revisionId,
  questions,
  fields,
  targetGroups,
  findings,
  onMessage,
}: {
  surveyId: string;
  revisionId: string;
  questions: readonly { questionId: string; text: readonly LocalizedItem[] }[];
  fields: readonly Named[];
  targetGroups: readonly Named[];
  findings: readonly FindingChoice[];
  onMessage: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [questionId, setQuestionId] = useState('');
  const { data, error } = useQuery(SURVEY_FREE_TEXTS, { variables: { surveyId, questionId: questionId || null } });
  const answers = data?.surveyFreeTexts ?? [];
  return (
    <section aria-labelledby={`${id}-title`} className="results-section">
      <h2 className="kern-heading-medium" id={`${id}-title`}>
        {t('surveyResults.freeTexts.title')}
      </h2>
      <p className="kern-body">{t('surveyResults.freeTexts.intro')}</p>
      {questions.length > 1 && (
        <SelectField
          id={`${id}-question`}
          label={t('surveyResults.freeTexts.question')}
          value={questionId}
          onChange={setQuestionId}
          placeholder={t('surveyResults.freeTexts.allQuestions')}
          options={questions.map((q) => ({ value: q.questionId, label: textIn(q.text, i18n.language) }))}
        />
      )}
      <ErrorAlert error={error} />
      {!data && !error && <Loading />}
      {data && (
        <p className="kern-body" aria-live="polite">
          {t('surveyResults.freeTexts.count', { count: answers.length })}
        </p>
      )}
      {answers.length > 0 && (
        <ul className="results-list">
          {answers.map((a) => (
            <AnswerItem
              key={`${a.responseId}:${a.questionId}`}
              answer={a}
              revisionId={revisionId}
              fields={fields}
              targetGroups={targetGroups}
              findings={findings}
              onMessage={onMessage}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function AnswerItem({
  answer,
  revisionId,
  fields,
  targetGroups,
  findings,
  onMessage,
}: {
  answer: Answer;
  revisionId: string;
  fields: readonly Named[];
  targetGroups: readonly Named[];
  findings: readonly FindingChoice[];
  onMessage: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const question = textIn(answer.questionText, language);
  const written = languageOf(answer.language);
  const cited = findings.filter((f) => answer.findingIds.includes(f.id));
  return (
    <li>
      <p className="kern-body results-meta">
        <strong>{question}</strong>
        {answer.isOther && ` (${t('surveyResults.freeTexts.other')})`}
      </p>
      <blockquote className="kern-body results-quote" lang={written.lang} dir="auto">
        {answer.text}
      </blockquote>
      <p className="kern-body results-meta">
        {t('surveyResults.freeTexts.meta', {
          language: written.name,
          submittedAt: formatDateTime(answer.submittedAt, language),
        })}
      </p>
      {cited.length > 0 && (
        <p className="kern-body results-meta">
          {t('surveyResults.freeTexts.cited', { titles: cited.map((f) => `„${f.title}“`).join(', ') })}
        </p>
      )}
      <CodingForm
        answer={answer}
        question={question}
        fields={fields}
        targetGroups={targetGroups}
        onMessage={onMessage}
      />
      <Disclosure label={t('surveyResults.freeTexts.toFinding')}>
        {(close) => (
          <TakeIntoFinding
            revisionId={revisionId}
            source={{ responseId: answer.responseId, questionId: answer.questionId }}
            passage={answer.text}
            passageRequired={false}
            fields={fields}
            findings={findings}
            fieldOfActionIds={answer.coding?.fieldOfActionIds ?? []}
            targetGroupIds={answer.coding?.targetGroupIds ?? []}
            onDone={(message) => {
              if (message) onMessage(message);
              close();
            }}
          />
        )}
      </Disclosure>
    </li>
  );
}

/** Codes an answer to fields of action and target groups. */
function CodingForm({
  answer,
  question,
  fields,
  targetGroups,
  onMessage,
}: {
  answer: Answer;
  question: string;
  fields: readonly Named[];
  targetGroups: readonly Named[];
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fieldIds, setFieldIds] = useState<string[]>(answer.coding?.fieldOfActionIds ?? []);
  const [groupIds, setGroupIds] = useState<string[]>(answer.coding?.targetGroupIds ?? []);
  const [code, { loading, error }] = useMutation(CODE_SURVEY_ANSWER, { refetchQueries: ['SurveyFreeTexts'] });
  const unchanged =
    sameIds(fieldIds, answer.coding?.fieldOfActionIds ?? []) && sameIds(groupIds, answer.coding?.targetGroupIds ?? []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    const result = await settle(
      code({
        variables: {
          responseId: answer.responseId,
          questionId: answer.questionId,
          fieldOfActionIds: fieldIds,
          targetGroupIds: groupIds,
        },
      }),
    );
    if (result?.data) onMessage(t('surveyResults.coding.saved', { question }));
  };
  return (
    <form className="results-form" noValidate onSubmit={(e) => void submit(e)}>
      <h3 className="kern-heading-small">{t('surveyResults.coding.title')}</h3>
      <ErrorAlert error={error} />
      <CheckboxGroup
        id={`${id}-fields`}
        legend={t('surveyResults.coding.fields')}
        options={fields.map((f) => ({ value: f.id, label: f.name }))}
        selected={fieldIds}
        onChange={setFieldIds}
      />
      <CheckboxGroup
        id={`${id}-groups`}
        legend={t('surveyResults.coding.targetGroups')}
        options={targetGroups.map((g) => ({ value: g.id, label: g.name }))}
        selected={groupIds}
        onChange={setGroupIds}
      />
      <p className="kern-body results-meta">
        {answer.coding ? t('surveyResults.coding.coded') : t('surveyResults.coding.uncoded')}
        {!unchanged && ` ${t('surveyResults.coding.unsaved')}`}
      </p>
      <div className="results-actions">
        <SubmitButton busy={loading}>{t('surveyResults.coding.save')}</SubmitButton>
      </div>
    </form>
  );
}
