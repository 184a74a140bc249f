import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Disclosure } from '../../../components/Disclosure';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField, TextField } from '../../../components/form/TextField';
import { useFormErrors } from '../../../components/form/useFormErrors';
import { QueryFallback } from '../../../components/QueryFallback';
import { isVersionConflict, settle } from '../../../lib/errors';
import { rightsOf, useSignedInViewer } from '../../auth/session';
import { RevisionHeader } from '../../revisions/components/RevisionHeader';
import { ConceptEditor } from '../components/ConceptEditor';
import { VersionPicker } from '../components/VersionPicker';
import {
  ADD_CONCEPT_SECTION,
  CONCEPT_DRAFT,
  CREATE_CONCEPT_DRAFT,
  DELETE_CONCEPT_SECTION,
  FREEZE_CONCEPT_VERSION,
  MOVE_CONCEPT_SECTION,
  UPDATE_CONCEPT_SECTION,
} from '../graphql';
import { anchorOf, sectionTree, withScrollableTables, type SectionData, type SectionNode } from '../model';
import '../concept.css';

interface Actions {
  coordinates: boolean;
  /** Loads the draft again; answers the fresh sections. */
  reload: () => Promise<readonly SectionData[]>;
  /** Says what happened in the page's status region. */
  announce: (message: string) => void;
}

/** Moves focus to an element by id once React has drawn it. */
function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Konzeptentwurf: the concept as it is being written. Everyone of the
 * revision reads the chapters in order, each with its own text and, below it,
 * what the recommendations workshop contributes live (goals, agreed
 * recommendations), which goes into the text when a version is frozen.
 * Coordinators create the draft from the template, write and order the
 * chapters, freeze versions and compare them.
 */
export function ConceptPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useSignedInViewer();
  const { data, error, refetch } = useQuery(CONCEPT_DRAFT, { variables: { revisionId: id } });
  const [status, setStatus] = useState('');
  const [create, creation] = useMutation(CREATE_CONCEPT_DRAFT);
  if (!data) return <QueryFallback error={error} title={t('concept.title')} />;
  const r = data.revision;
  const draft = data.conceptDraft;
  const coordinates = rightsOf(viewer).coordinates(r.regionId);
  const actions: Actions = {
    coordinates,
    reload: async () => (await refetch()).data?.conceptDraft?.sections ?? [],
    announce: (message) => setStatus(message),
  };

  return (
    <>
      <RevisionHeader revision={r} page="concept" title={t('concept.title')} subtitle={r.title} />
      <p className="kern-body concept-status" role="status">
        {status}
      </p>
      {!draft ? (
        <>
          <p className="kern-body app-lead">{t('concept.empty.intro')}</p>
          {coordinates ? (
            <>
              <p className="kern-body">{t('concept.empty.template')}</p>
              <ErrorAlert error={creation.error} />
              <Button
                variant="primary"
                aria-disabled={creation.loading || undefined}
                onClick={async () => {
                  if (creation.loading) return;
                  const done = await settle(create({ variables: { revisionId: r.id } }));
                  if (!done) return;
                  await refetch();
                  setStatus(t('concept.empty.created'));
                  focusLater('concept-toc-heading');
                }}
              >
                {t('concept.empty.create')}
              </Button>
            </>
          ) : (
            <p className="kern-body">{t('concept.empty.wait')}</p>
          )}
        </>
      ) : (
        <Draft revisionId={r.id} draft={draft} actions={actions} versions={draft.versions} sections={draft.sections} />
      )}
    </>
  );
}

interface VersionData {
  id: string;
  number: number;
  note: string | null;
  frozenAt: string;
}

function Draft({
  revisionId,
  draft,
  sections,
  versions,
  actions,
}: {
  revisionId: string;
  draft: { id: string; title: string };
  sections: readonly SectionData[];
  versions: readonly VersionData[];
  actions: Actions;
}) {
  const { t } = useTranslation();
  const tree = sectionTree(sections);
  return (
    <>
      <p className="kern-body app-lead">{t('concept.intro', { title: draft.title })}</p>
      <nav aria-labelledby="concept-toc-heading" className="concept-toc">
        <h2 className="kern-heading-medium" id="concept-toc-heading" tabIndex={-1}>
          {t('concept.toc')}
        </h2>
        <TocList nodes={tree} />
      </nav>
      <div className="concept-document">
        {tree.map((node, i) => (
          <SectionView
            key={node.section.id}
            node={node}
            level={2}
            first={i === 0}
            last={i === tree.length - 1}
            actions={actions}
          />
        ))}
      </div>
      {actions.coordinates && <AddSectionForm draftId={draft.id} chapters={tree} actions={actions} />}
      {actions.coordinates && <FreezeForm draftId={draft.id} actions={actions} />}
      <VersionsSection revisionId={revisionId} versions={versions} />
    </>
  );
}

function TocList({ nodes }: { nodes: SectionNode[] }) {
  return (
    <ol className="concept-toc__list">
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <a className="kern-link" href={`#${anchorOf(section.id)}`}>
            {section.title}
          </a>
          {children.length > 0 && <TocList nodes={children} />}
        </li>
      ))}
    </ol>
  );
}

function SectionView({
  node,
  level,
  first,
  last,
  actions,
}: {
  node: SectionNode;
  level: 2 | 3;
  first: boolean;
  last: boolean;
  actions: Actions;
}) {
  const { t } = useTranslation();
  const { section, children } = node;
  const headingId = anchorOf(section.id);
  const Heading = level === 2 ? 'h2' : 'h3';
  const tableLabel = t('concept.section.table', { title: section.title });
  return (
    <section aria-labelledby={headingId} className={`concept-section concept-section--level-${level}`}>
      <Heading className={level === 2 ? 'kern-heading-large' : 'kern-heading-medium'} id={headingId} tabIndex={-1}>
        {section.title}
      </Heading>
      {section.body ? (
        // Sanitized on the server before it was stored.
        <div
          className="kern-body concept-rich-text"
          dangerouslySetInnerHTML={{ __html: withScrollableTables(section.body, tableLabel) }}
        />
      ) : (
        <p className="kern-body concept-empty-text">{t('concept.section.noText')}</p>
      )}
      {section.liveHtml && (
        <div className="concept-live">
          <p className="kern-body concept-live__label">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            {t('concept.section.live')}
          </p>
          {/* Built and escaped on the server from the revision's goals and agreed recommendations. */}
          <div
            className="kern-body concept-rich-text"
            dangerouslySetInnerHTML={{ __html: withScrollableTables(section.liveHtml, tableLabel) }}
          />
        </div>
      )}
      {actions.coordinates && <SectionTools section={section} first={first} last={last} actions={actions} />}
      {children.map((child, i) => (
        <SectionView
          key={child.section.id}
          node={child}
          level={3}
          first={i === 0}
          last={i === children.length - 1}
          actions={actions}
        />
      ))}
    </section>
  );
}

function SectionTools({
  section,
  first,
  last,
  actions,
}: {
  section: SectionData;
  first: boolean;
  last: boolean;
  actions: Actions;
}) {
  const { t } = useTranslation();
  const [move, moving] = useMutation(MOVE_CONCEPT_SECTION);
  const [remove, removal] = useMutation(DELETE_CONCEPT_SECTION);
  const [confirming, setConfirming] = useState(false);
  const afterDelete = useRef<HTMLElement | null>(null);

  const moveBy = async (direction: -1 | 1) => {
    if (moving.loading) return;
    const done = await settle(move({ variables: { id: section.id, direction } }));
    if (!done) return;
    const fresh = await actions.reload();
    const siblings = fresh
      .filter((s) => s.parentId === section.parentId)
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    const at = siblings.findIndex((s) => s.id === section.id);
    actions.announce(t('concept.section.moved', { title: section.title, position: at + 1, count: siblings.length }));
    // Focus stays on the button, or on the other one when the section reached the end.
    const same = `concept-move-${direction}-${section.id}`;
    const other = `concept-move-${-direction}-${section.id}`;
    requestAnimationFrame(() => (document.getElementById(same) ?? document.getElementById(other))?.focus());
  };

  return (
    <div className="concept-tools">
      <ErrorAlert error={moving.error ?? removal.error} />
      <div className="concept-actions">
        {!first && (
          <Button
            variant="tertiary"
            id={`concept-move--1-${section.id}`}
            aria-label={t('concept.section.moveUpNamed', { title: section.title })}
            onClick={() => void moveBy(-1)}
          >
            {t('concept.section.moveUp')}
          </Button>
        )}
        {!last && (
          <Button
            variant="tertiary"
            id={`concept-move-1-${section.id}`}
            aria-label={t('concept.section.moveDownNamed', { title: section.title })}
            onClick={() => void moveBy(1)}
          >
            {t('concept.section.moveDown')}
          </Button>
        )}
        {section.kind === 'CUSTOM' && (
          <Button
            variant="tertiary"
            aria-label={t('concept.section.deleteNamed', { title: section.title })}
            onClick={() => setConfirming(true)}
          >
            {t('concept.section.delete')}
          </Button>
        )}
      </div>
      <Disclosure label={t('concept.section.edit', { title: section.title })}>
        {(close) => <SectionForm section={section} actions={actions} close={close} />}
      </Disclosure>
      {section.kind === 'CUSTOM' && (
        <ConfirmDialog
          open={confirming}
          title={t('concept.section.deleteTitle', { title: section.title })}
          confirmLabel={t('concept.section.deleteConfirm')}
          busy={removal.loading}
          focusAfterClose={afterDelete}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            const done = await settle(remove({ variables: { id: section.id } }));
            if (!done) {
              setConfirming(false);
              return;
            }
            // The section (and this dialog with it) goes away: focus moves to the table of contents.
            afterDelete.current = document.getElementById('concept-toc-heading');
            setConfirming(false);
            await actions.reload();
            actions.announce(t('concept.section.deleted', { title: section.title }));
            focusLater('concept-toc-heading');
          }}
        >
          <p className="kern-body">{t('concept.section.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Title and text of a section; a version conflict keeps what was typed and offers to load the other change. */
function SectionForm({ section, actions, close }: { section: SectionData; actions: Actions; close: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(section.title);
  const [body, setBody] = useState(section.body);
  const [base, setBase] = useState(section.version);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const { errors, check, formRef } = useFormErrors<'title'>();
  const [update, { loading, error, reset }] = useMutation(UPDATE_CONCEPT_SECTION);
  const prefix = `concept-edit-${section.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!check({ title: title.trim() ? undefined : t('concept.section.titleRequired') })) return;
    setReloaded(false);
    const done = await settle(
      update({ variables: { id: section.id, version: base, input: { title: title.trim(), body } } }),
      () => setConflict(true),
    );
    if (!done) return;
    setConflict(false);
    await actions.reload();
    actions.announce(t('concept.section.saved', { title: title.trim() }));
    close();
  };

  const reload = async () => {
    const fresh = await actions.reload();
    const now = fresh.find((s) => s.id === section.id);
    if (now) setBase(now.version);
    setConflict(false);
    setReloaded(true);
    reset();
    formRef.current?.querySelector<HTMLElement>(`#${prefix}-title`)?.focus();
  };

  return (
    <form ref={formRef} className="app-form concept-form" onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      {conflict && isVersionConflict(error) && (
        <div className="concept-conflict">
          <p className="kern-body">{t('concept.section.conflict')}</p>
          <Button onClick={() => void reload()}>{t('concept.section.reload')}</Button>
        </div>
      )}
      {reloaded && (
        <p className="kern-body" role="status">
          {t('concept.section.reloaded')}
        </p>
      )}
      <TextField
        id={`${prefix}-title`}
        label={t('concept.section.title')}
        error={errors.title}
        value={title}
        onChange={setTitle}
        maxLength={300}
      />
      <ConceptEditor
        id={`${prefix}-body`}
        label={t('concept.section.body')}
        hint={t('concept.section.bodyHint')}
        value={body}
        onChange={setBody}
      />
      <div className="concept-actions">
        <SubmitButton busy={loading}>{t('common.save')}</SubmitButton>
        <Button variant="tertiary" onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function AddSectionForm({
  draftId,
  chapters,
  actions,
}: {
  draftId: string;
  chapters: SectionNode[];
  actions: Actions;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="concept-add" className="concept-panel">
      <h2 className="kern-heading-medium" id="concept-add">
        {t('concept.add.heading')}
      </h2>
      <Disclosure label={t('concept.add.open')}>
        {(close) => <AddSectionFields draftId={draftId} chapters={chapters} actions={actions} close={close} />}
      </Disclosure>
    </section>
  );
}

function AddSectionFields({
  draftId,
  chapters,
  actions,
  close,
}: {
  draftId: string;
  chapters: SectionNode[];
  actions: Actions;
  close: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [parentId, setParentId] = useState('');
  const { errors, check, formRef } = useFormErrors<'title'>();
  const [add, { loading, error }] = useMutation(ADD_CONCEPT_SECTION);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (!check({ title: title.trim() ? undefined : t('concept.section.titleRequired') })) return;
    const done = await settle(
      add({ variables: { draftId, input: { title: title.trim(), body, parentId: parentId || null } } }),
    );
    const created = done?.data?.addConceptSection;
    if (!created) return;
    await actions.reload();
    actions.announce(t('concept.add.added', { title: created.title }));
    close();
    focusLater(anchorOf(created.id));
  };
  return (
    <form ref={formRef} className="app-form concept-form" onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <TextField
        id="concept-add-title"
        label={t('concept.section.title')}
        error={errors.title}
        value={title}
        onChange={setTitle}
        maxLength={300}
      />
      <SelectField
        id="concept-add-parent"
        label={t('concept.add.parent')}
        hint={t('concept.add.parentHint')}
        value={parentId}
        onChange={setParentId}
        placeholder={t('concept.add.noParent')}
        options={chapters.map((c) => ({ value: c.section.id, label: c.section.title }))}
      />
      <ConceptEditor
        id="concept-add-body"
        label={t('concept.section.body')}
        hint={t('concept.section.bodyHint')}
        value={body}
        onChange={setBody}
      />
      <SubmitButton busy={loading}>{t('concept.add.submit')}</SubmitButton>
    </form>
  );
}

function FreezeForm({ draftId, actions }: { draftId: string; actions: Actions }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [frozen, setFrozen] = useState('');
  const [freeze, { loading, error }] = useMutation(FREEZE_CONCEPT_VERSION);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    setFrozen('');
    const done = await settle(freeze({ variables: { draftId, note: note.trim() || null } }));
    const version = done?.data?.freezeConceptVersion;
    if (!version) return;
    setNote('');
    await actions.reload();
    setFrozen(t('concept.freeze.done', { number: version.number }));
  };
  return (
    <section aria-labelledby="concept-freeze" className="concept-panel">
      <h2 className="kern-heading-medium" id="concept-freeze">
        {t('concept.freeze.heading')}
      </h2>
      <p className="kern-body">{t('concept.freeze.intro')}</p>
      <form className="app-form concept-form" onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <TextAreaField
          id="concept-freeze-note"
          label={t('concept.freeze.note')}
          hint={t('concept.freeze.noteHint')}
          optional
          value={note}
          onChange={setNote}
          rows={2}
          maxLength={1000}
        />
        <SubmitButton busy={loading}>{t('concept.freeze.submit')}</SubmitButton>
      </form>
      <p className="kern-body" role="status">
        {frozen}
      </p>
    </section>
  );
}

function VersionsSection({ revisionId, versions }: { revisionId: string; versions: readonly VersionData[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const compareUrl = (from: string, to: string) =>
    `/fortschreibungen/${revisionId}/konzept/vergleich?von=${encodeURIComponent(from)}&zu=${encodeURIComponent(to)}`;
  const byNumber = [...versions].sort((a, b) => b.number - a.number);
  return (
    <section aria-labelledby="concept-versions" className="concept-panel">
      <h2 className="kern-heading-medium" id="concept-versions">
        {t('concept.versions.heading')}
      </h2>
      {byNumber.length === 0 ? (
        <p className="kern-body">{t('concept.versions.none')}</p>
      ) : (
        <ol className="concept-versions">
          {byNumber.map((v, i) => {
            const previous = byNumber[i + 1];
            return (
              <li key={v.id}>
                <p className="kern-body">
                  <strong>{t('concept.versions.number', { number: v.number })}</strong>
                  {' · '}
                  <time dateTime={v.frozenAt}>{format.format(new Date(v.frozenAt))}</time>
                  {v.note && ` · ${v.note}`}
                </p>
                {previous && (
                  <Link className="kern-link" to={compareUrl(previous.id, v.id)}>
                    {t('concept.versions.comparePrevious', { from: previous.number, to: v.number })}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {byNumber.length > 1 && (
        <VersionPicker
          versions={byNumber}
          initialFrom={byNumber[1].id}
          initialTo={byNumber[0].id}
          onPick={(from, to) => navigate(compareUrl(from, to))}
        />
      )}
    </section>
  );
}
