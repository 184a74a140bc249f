import { useRef } from 'react';
import { AddItem } from './AddItem';
import { EditableItem } from './EditableItem';
import { ItemForm, type ItemFieldSpec } from './ItemForm';
import { SectionHeading } from './SectionHeading';
import type { SectionProps } from './types';

export interface NamedItem {
  id: string;
  version: number;
  name: string;
  text: string | null;
}

type Values = Record<'name' | 'text', string>;

/**
 * A section of items that each have a name and an optional text: guidelines
 * (title, text) and target groups (name, description).
 */
export function NamedItemsSection({
  id,
  title,
  none,
  nameLabel,
  textLabel,
  addLabel,
  items,
  save,
  remove,
  canEdit,
  reload,
}: Pick<SectionProps, 'canEdit' | 'reload'> & {
  id: string;
  title: string;
  none: string;
  nameLabel: string;
  textLabel: string;
  addLabel: string;
  items: readonly NamedItem[];
  /** Creates (without id) or updates (with id and version) an item. */
  save: (values: Values, item?: NamedItem) => Promise<unknown>;
  remove: (item: NamedItem) => Promise<unknown>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const fields: ItemFieldSpec<'name' | 'text'>[] = [
    { name: 'name', label: nameLabel, required: true, maxLength: 300 },
    { name: 'text', label: textLabel, multiline: true },
  ];

  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} level={2} ref={heading}>
        {title}
      </SectionHeading>
      {items.length === 0 ? (
        <p className="kern-body">{none}</p>
      ) : (
        <ul className="app-item-list">
          {items.map((item) => (
            <li key={item.id}>
              <EditableItem
                name={item.name}
                canEdit={canEdit}
                view={
                  <>
                    <h3 className="kern-heading-small">{item.name}</h3>
                    {item.text && <p className="kern-body">{item.text}</p>}
                  </>
                }
                form={(close, onConflict) => (
                  <ItemForm
                    idPrefix={`${id}-${item.id}`}
                    fields={fields}
                    initial={{ name: item.name, text: item.text ?? '' }}
                    save={(values) => save(values, item)}
                    onDone={close}
                    onConflict={onConflict}
                  />
                )}
                remove={() => remove(item)}
                onRemoved={() => heading.current?.focus()}
                reload={reload}
              />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <AddItem
          label={addLabel}
          form={(close) => (
            <ItemForm
              idPrefix={`${id}-new`}
              fields={fields}
              initial={{ name: '', text: '' }}
              save={(values) => save(values)}
              onDone={close}
            />
          )}
        />
      )}
    </section>
  );
}
