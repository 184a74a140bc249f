import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AddItem } from './AddItem';
import { EditableItem } from './EditableItem';
import { ItemForm, type ItemFieldSpec } from './ItemForm';
import { SectionHeading, shorten } from './SectionHeading';
import type { GoalItem, SectionProps } from './types';

/** Goals of one field of action, or (fieldOfActionId null) the guiding goals of the whole concept. */
export function GoalList({
  goals,
  fieldOfActionId,
  title,
  level,
  context,
  revisionId,
  canEdit,
  mutations,
  reload,
}: SectionProps & {
  goals: readonly GoalItem[];
  fieldOfActionId: string | null;
  title: string;
  level: 2 | 4;
  context?: string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `goals-${fieldOfActionId ?? 'guiding'}`;
  const fields: ItemFieldSpec<'text'>[] = [
    { name: 'text', label: t('contents.goals.text'), multiline: true, required: true, maxLength: 2000 },
  ];

  return (
    <section aria-labelledby={headingId}>
      <SectionHeading id={headingId} level={level} ref={heading}>
        {title}
      </SectionHeading>
      {goals.length === 0 ? (
        <p className="kern-body">{t('contents.goals.none')}</p>
      ) : (
        <ul className="app-item-list">
          {goals.map((goal) => (
            <li key={goal.id}>
              <EditableItem
                name={shorten(goal.text)}
                canEdit={canEdit}
                view={<p className="kern-body">{goal.text}</p>}
                form={(close, onConflict) => (
                  <ItemForm
                    idPrefix={`goal-${goal.id}`}
                    fields={fields}
                    initial={{ text: goal.text }}
                    save={(v) =>
                      mutations.saveGoal({
                        id: goal.id,
                        version: goal.version,
                        revisionId,
                        fieldOfActionId,
                        text: v.text,
                      })
                    }
                    onDone={close}
                    onConflict={onConflict}
                  />
                )}
                remove={() => mutations.deleteGoal(goal.id)}
                onRemoved={() => heading.current?.focus()}
                reload={reload}
              />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <AddItem
          label={t('contents.goals.add')}
          context={context}
          form={(close) => (
            <ItemForm
              idPrefix={`${headingId}-new`}
              fields={fields}
              initial={{ text: '' }}
              save={(v) => mutations.saveGoal({ revisionId, fieldOfActionId, text: v.text })}
              onDone={close}
            />
          )}
        />
      )}
    </section>
  );
}
