import { useEffect, useRef, useState, type ReactNode } from 'react';
import { type Answer, type FormQuestion, type FormSurvey, move, OTHER, rankingOrder, textIn } from '../model';
import type { Translate } from '../texts';

const MAX_TEXT = 5000;
const MAX_OTHER = 500;
const RATINGS = [1, 2, 3, 4, 5];

export interface QuestionProps {
  question: FormQuestion;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  survey: FormSurvey;
  language: string;
  t: Translate;
  /** Shown after a submission found the required question without an answer. */
  missing: boolean;
}

/** The DOM id of a question's frame: the submission's missing questions are found and focused by it. */
export const questionDomId = (questionId: string) => `frage-${questionId}`;

/** One question with the native control of its kind; help and error are tied to it by aria-describedby. */
export function QuestionField(props: QuestionProps) {
  const { question, t, missing, language } = props;
  const base = questionDomId(question.id);
  const help = textIn(question.help, language);
  const ids = {
    base,
    help: `${base}-help`,
    error: `${base}-error`,
  };
  const describedBy = (...extra: (string | false | undefined)[]) =>
    [help && ids.help, missing && ids.error, ...extra].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {textIn(question.text, language)}
      {question.required && <span className="survey-required"> ({t('required')})</span>}
    </>
  );
  const notes = (
    <>
      {help && (
        <div className="kern-hint" id={ids.help}>
          {help}
        </div>
      )}
      {missing && (
        <p className="kern-error" id={ids.error}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{t('missing')}</span>
        </p>
      )}
    </>
  );
  const group = (body: ReactNode, extraHint?: { id: string; text: string }) => (
    <fieldset
      className={`kern-fieldset survey-question${missing ? ' kern-fieldset--error' : ''}`}
      id={base}
      data-question={question.id}
      aria-describedby={describedBy(extraHint?.id)}
      aria-invalid={missing || undefined}
    >
      <legend className="kern-label">{label}</legend>
      {notes}
      {extraHint && (
        <div className="kern-hint" id={extraHint.id}>
          {extraHint.text}
        </div>
      )}
      {body}
    </fieldset>
  );
  const single = (control: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode) => (
    <div
      className={`kern-form-input survey-question${missing ? ' kern-form-input--error' : ''}`}
      id={base}
      data-question={question.id}
    >
      <label className="kern-label" htmlFor={`${base}-input`}>
        {label}
      </label>
      {notes}
      {control({ id: `${base}-input`, 'aria-describedby': describedBy(), 'aria-invalid': missing || undefined })}
    </div>
  );
  const inputClass = `kern-form-input__input${missing ? ' kern-form-input__input--error' : ''}`;

  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'LIKERT':
    case 'ORGANISATION_TYPE':
      return group(<ChoiceBody {...props} base={base} multiple={false} />);
    case 'MULTIPLE_CHOICE':
      return group(<ChoiceBody {...props} base={base} multiple />);
    case 'FIELD_RATING':
      return group(<RatingBody {...props} base={base} />, { id: `${base}-scale`, text: t('ratingScale') });
    case 'RANKING':
      return group(<RankingBody {...props} base={base} />, { id: `${base}-ranking`, text: t('rankingHelp') });
    case 'FREE_TEXT':
      return single((aria) => (
        <textarea
          {...aria}
          className={`${inputClass} app-textarea`}
          rows={5}
          maxLength={MAX_TEXT}
          value={props.answer?.text ?? ''}
          onChange={(e) => props.onChange({ text: e.target.value })}
        />
      ));
    case 'NUMBER':
      return single((aria) => (
        <input
          {...aria}
          className={`${inputClass} survey-short-input`}
          type="number"
          step="any"
          dir="ltr"
          value={props.answer?.number ?? ''}
          onChange={(e) => props.onChange({ number: e.target.value })}
        />
      ));
    case 'DATE':
      return single((aria) => (
        <input
          {...aria}
          className={`${inputClass} survey-short-input`}
          type="date"
          value={props.answer?.date ?? ''}
          onChange={(e) => props.onChange({ date: e.target.value })}
        />
      ));
    case 'MUNICIPALITY':
      return single((aria) => (
        <div className="kern-form-input__select-wrapper">
          <select
            {...aria}
            className={`kern-form-input__select${missing ? ' kern-form-input__select--error' : ''}`}
            value={props.answer?.municipalityId ?? ''}
            onChange={(e) => props.onChange({ municipalityId: e.target.value })}
          >
            <option value="">{t('choose')}</option>
            {props.survey.municipalities.map((m) => (
              <option key={m.id} value={m.id} lang="de">
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ));
  }
}

type BodyProps = QuestionProps & { base: string };

function ChoiceBody({
  question,
  answer,
  onChange,
  language,
  t,
  missing,
  base,
  multiple,
}: BodyProps & { multiple: boolean }) {
  const options = [
    ...question.options.map((o) => ({ key: o.key, label: textIn(o.label, language) })),
    ...(question.allowOther ? [{ key: OTHER, label: t('other') }] : []),
  ];
  const chosen = multiple ? (answer?.choices ?? []) : answer?.choice ? [answer.choice] : [];
  const select = (key: string, checked: boolean) => {
    if (!multiple) onChange({ choice: key, other: answer?.other });
    else
      onChange({
        choices: checked ? [...chosen, key] : chosen.filter((k) => k !== key),
        other: answer?.other,
      });
  };
  const kind = multiple ? 'checkbox' : 'radio';
  const otherChosen = chosen.includes(OTHER);
  return (
    <div className="kern-fieldset__body">
      {options.map((o, i) => (
        <div className="kern-form-check" key={o.key}>
          <input
            className={`kern-form-check__${kind}${missing ? ` kern-form-check__${kind}--error` : ''}`}
            type={kind}
            id={`${base}-${i}`}
            name={base}
            value={o.key}
            checked={chosen.includes(o.key)}
            onChange={(e) => select(o.key, e.target.checked)}
          />
          <label className="kern-label" htmlFor={`${base}-${i}`}>
            {o.label}
          </label>
        </div>
      ))}
      {otherChosen && (
        <div className="kern-form-input survey-other">
          <label className="kern-label" htmlFor={`${base}-other`}>
            {t('otherText')}
          </label>
          <input
            className="kern-form-input__input"
            type="text"
            id={`${base}-other`}
            maxLength={MAX_OTHER}
            value={answer?.other ?? ''}
            onChange={(e) =>
              onChange(multiple ? { choices: chosen, other: e.target.value } : { choice: OTHER, other: e.target.value })
            }
          />
        </div>
      )}
    </div>
  );
}

function RatingBody({ answer, onChange, survey, missing, base }: BodyProps) {
  const ratings = answer?.ratings ?? {};
  return (
    <div className="kern-fieldset__body">
      {survey.fieldsOfAction.map((field, f) => (
        <fieldset className="kern-fieldset survey-rating" key={field.id}>
          <legend className="kern-label" lang="de">
            {field.name}
          </legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {RATINGS.map((n) => (
              <div className="kern-form-check" key={n}>
                <input
                  className={`kern-form-check__radio${missing ? ' kern-form-check__radio--error' : ''}`}
                  type="radio"
                  id={`${base}-${f}-${n}`}
                  name={`${base}-${f}`}
                  checked={ratings[field.id] === n}
                  onChange={() => onChange({ ratings: { ...ratings, [field.id]: n } })}
                />
                <label className="kern-label" htmlFor={`${base}-${f}-${n}`}>
                  {n}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

function RankingBody({ question, answer, onChange, language, t, base }: BodyProps) {
  const order = rankingOrder(question, answer);
  const labels = new Map(question.options.map((o) => [o.key, textIn(o.label, language)]));
  const [announcement, setAnnouncement] = useState('');
  // After a move, focus goes back to the moved entry's button (React moves the list items, which drops focus).
  const [refocus, setRefocus] = useState<{ key: string; by: -1 | 1 } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!refocus || !list.current) return;
    const index = order.indexOf(refocus.key);
    const same = list.current.querySelector<HTMLButtonElement>(`#${base}-${refocus.by < 0 ? 'up' : 'down'}-${index}`);
    const other = list.current.querySelector<HTMLButtonElement>(`#${base}-${refocus.by < 0 ? 'down' : 'up'}-${index}`);
    (same && !same.disabled ? same : other)?.focus();
    setRefocus(null);
  }, [refocus, order, base]);
  const shift = (index: number, by: -1 | 1) => {
    const next = move(order, index, by);
    const key = order[index];
    onChange({ order: next });
    setAnnouncement(t('moved', { item: labels.get(key) ?? key, position: next.indexOf(key) + 1, total: next.length }));
    setRefocus({ key, by });
  };
  return (
    <div className="kern-fieldset__body">
      <ol className="survey-ranking" ref={list}>
        {order.map((key, i) => (
          <li key={key} className="survey-ranking__item">
            <span className="survey-ranking__place" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="survey-ranking__label">{labels.get(key)}</span>
            <span className="survey-ranking__buttons">
              <button
                type="button"
                className="kern-btn kern-btn--secondary survey-ranking__button"
                id={`${base}-up-${i}`}
                disabled={i === 0}
                onClick={() => shift(i, -1)}
              >
                <span className="kern-label" aria-hidden="true">
                  ↑
                </span>
                <span className="app-sr-only">{t('moveUp', { item: labels.get(key) ?? key })}</span>
              </button>
              <button
                type="button"
                className="kern-btn kern-btn--secondary survey-ranking__button"
                id={`${base}-down-${i}`}
                disabled={i === order.length - 1}
                onClick={() => shift(i, 1)}
              >
                <span className="kern-label" aria-hidden="true">
                  ↓
                </span>
                <span className="app-sr-only">{t('moveDown', { item: labels.get(key) ?? key })}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!answer?.order && (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange({ order })}>
          <span className="kern-label">{t('rankingKeep')}</span>
        </button>
      )}
      <p className="app-sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
