import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Alert } from '../../../components/Alert';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFallback } from '../../../components/QueryFallback';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { formatDay } from '../../../lib/format';
import { formatByteSize } from '../../exports/export-progress';
import { isNotFound } from '../../conferences/errors';
import { FieldChart } from '../components/FieldChart';
import { FigureChart } from '../components/FigureChart';
import { figureTables } from '../figures';
import { PUBLISHED_CONCEPT } from '../graphql';
import '../publication.css';

/** The recommendations' heading; a stable id, so a link to the list can be shared. */
const RECOMMENDATIONS_ID = 'handlungsempfehlungen';

/**
 * The frozen chapter text starts its own headings at h3, as under a chapter
 * heading h2; under a deeper chapter heading they move down as far.
 */
function nestHeadings(html: string, chapterLevel: number): string {
  const shift = chapterLevel - 2;
  if (shift <= 0) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/gi,
    (_, close: string, n: string) => `<${close}h${Math.min(6, Number(n) + shift)}`,
  );
}

/**
 * The adopted concept for everyone, without signing in: the resolution, the
 * documents to download, a table of contents, the chapters, and the
 * recommendations with filters by field of action, target group and words.
 */
export function PublicConceptPage() {
  const { t, i18n } = useTranslation();
  const { revisionId = '' } = useParams();
  const [fieldOfActionId, setField] = useState('');
  const [targetGroupId, setGroup] = useState('');
  const [search, setSearch] = useState('');
  const id = useId();
  const { data, previousData, error } = useQuery(PUBLISHED_CONCEPT, {
    variables: {
      revisionId,
      fieldOfActionId: fieldOfActionId || null,
      targetGroupId: targetGroupId || null,
      search: search.trim() || null,
    },
  });
  const shown = data ?? previousData;
  const loaded = Boolean(shown);
  // A link to a chapter (#kapitel-…) opened from elsewhere: the chapter is only there once the concept has loaded.
  useEffect(() => {
    if (!loaded || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [loaded]);
  if (!shown) {
    if (!isNotFound(error)) return <QueryFallback error={error} title={t('publication.public.title')} />;
    return (
      <div className="publication-public">
        <PageHeading title={t('publication.public.title')} />
        <Alert variant="warning" role="alert" title={t('publication.public.notFoundTitle')}>
          <p className="kern-body">{t('publication.public.notFound')}</p>
        </Alert>
      </div>
    );
  }
  const c = shown.publishedConcept;
  const language = i18n.language;
  const level = (l: number) => Math.min(4, Math.max(2, l + 1));
  return (
    <div className="publication-public">
      <PageHeading title={c.title} subtitle={c.regionName} />
      <p className="kern-body">
        {t('publication.public.version', { number: c.versionNumber })}
        {c.adoptionBody && c.adoptionDate && c.adoptionResult && (
          <>
            {' · '}
            {t('publication.public.adoption', {
              body: c.adoptionBody,
              date: formatDay(c.adoptionDate, language),
              reference: c.adoptionReference,
              result: t(`publication.result.${c.adoptionResult}`),
            })}
          </>
        )}
      </p>
      <section aria-labelledby={`${id}-downloads`} className="publication-downloads">
        <h2 className="kern-heading-medium" id={`${id}-downloads`}>
          {t('publication.public.downloads')}
        </h2>
        {c.documents.length === 0 ? (
          <p className="kern-body">{t('publication.public.documentsPending')}</p>
        ) : (
          <ul>
            {c.documents.map((d) => (
              <li key={d.format}>
                <a className="kern-link" href={d.url} download>
                  {t(`publication.format.${d.format}` as 'publication.format.PDF')} (
                  {formatByteSize(d.byteSize, language)})
                </a>
              </li>
            ))}
          </ul>
        )}
        <p className="kern-body publication-schema">
          <a className="kern-link" href="/api/oeffentlich/schema/handlungsempfehlungen.json">
            {t('publication.public.schema')}
          </a>
        </p>
      </section>
      <nav aria-labelledby={`${id}-toc`} className="publication-toc">
        <h2 className="kern-heading-medium" id={`${id}-toc`}>
          {t('publication.public.contents')}
        </h2>
        <ol>
          {c.sections
            .filter((s) => s.level <= 2)
            .map((s) => (
              <li key={s.id} className={`publication-toc__level-${s.level}`}>
                <a className="kern-link" href={`#kapitel-${s.id}`}>
                  {s.title}
                </a>
              </li>
            ))}
          <li className="publication-toc__level-1">
            <a className="kern-link" href={`#${RECOMMENDATIONS_ID}`}>
              {t('publication.public.recommendations')}
            </a>
          </li>
        </ol>
      </nav>
      <div className="publication-chapters">
        {c.sections.map((s) => {
          const Heading = `h${level(s.level)}` as 'h2' | 'h3' | 'h4';
          return (
            <section
              key={s.id}
              aria-labelledby={`kapitel-${s.id}`}
              className={`publication-section publication-section--${s.level}`}
            >
              <Heading id={`kapitel-${s.id}`} className="kern-heading-medium" tabIndex={-1}>
                {s.title}
              </Heading>
              {/* Sanitized on the server when written and frozen into the version. */}
              <div
                className="kern-body publication-html"
                dangerouslySetInnerHTML={{ __html: nestHeadings(s.html, level(s.level)) }}
              />
              {figureTables(s.html).map((figure) => (
                <FigureChart key={figure.title} figure={figure} />
              ))}
            </section>
          );
        })}
      </div>
      <section aria-labelledby={RECOMMENDATIONS_ID} className="publication-recommendations">
        <h2 className="kern-heading-large" id={RECOMMENDATIONS_ID} tabIndex={-1}>
          {t('publication.public.recommendations')}
        </h2>
        <FieldChart
          fields={c.fieldsOfAction.map((f) => ({
            id: f.id,
            title: f.title,
            count: c.everyRecommendation.filter((r) => r.fieldOfAction.id === f.id).length,
          }))}
        />
        <form className="publication-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id={`${id}-field`}
            label={t('publication.public.field')}
            value={fieldOfActionId}
            onChange={setField}
            placeholder={t('publication.public.all')}
            options={c.fieldsOfAction.map((f) => ({ value: f.id, label: f.title }))}
          />
          <SelectField
            id={`${id}-group`}
            label={t('publication.public.targetGroup')}
            value={targetGroupId}
            onChange={setGroup}
            placeholder={t('publication.public.all')}
            options={c.targetGroups.map((g) => ({ value: g.id, label: g.name }))}
          />
          <TextField
            id={`${id}-search`}
            label={t('publication.public.search')}
            type="search"
            value={search}
            onChange={setSearch}
          />
        </form>
        <p className="kern-body" role="status">
          {t('publication.public.count', { count: c.recommendations.length })}
        </p>
        <ul className="publication-recommendation-list">
          {c.recommendations.map((r) => (
            <li key={r.reference}>
              <article aria-labelledby={`empfehlung-${r.reference}`}>
                <h3 className="kern-heading-small" id={`empfehlung-${r.reference}`}>
                  {r.reference} {r.title}
                </h3>
                <p className="kern-body publication-meta">
                  {r.fieldOfAction.title}
                  {r.targetGroups.length > 0 && ` · ${r.targetGroups.map((g) => g.name).join(', ')}`}
                  {' · '}
                  {r.municipalities ? r.municipalities.join(', ') : t('publication.public.allMunicipalities')}
                </p>
                <div className="kern-body publication-html" dangerouslySetInnerHTML={{ __html: r.rationale }} />
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
