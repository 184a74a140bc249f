/**
 * JSON Schema (draft 2020-12) of the open data of a published concept: the recommendations as the final
 * version carries them. Served at /api/oeffentlich/schema/handlungsempfehlungen.json; the CSV has the same
 * fields as columns (German headers, lists joined by "; ", "alle" for every municipality).
 */
export const OPEN_DATA_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: '/api/oeffentlich/schema/handlungsempfehlungen.json',
  title: 'Handlungsempfehlungen eines Integrationskonzepts',
  type: 'object',
  required: ['concept', 'recommendations'],
  properties: {
    $schema: { type: 'string' },
    concept: {
      type: 'object',
      required: ['title', 'region', 'version', 'publishedAt'],
      properties: {
        title: { type: 'string', description: 'Titel des Konzepts' },
        region: { type: 'string', description: 'Kreis oder kreisfreie Stadt' },
        version: { type: 'integer', minimum: 1, description: 'Nummer der Endfassung' },
        adoption: {
          type: ['object', 'null'],
          description: 'Beschluss über die Endfassung',
          required: ['body', 'date', 'reference', 'result'],
          properties: {
            body: { type: 'string', description: 'Gremium, z. B. Kreistag' },
            date: { type: 'string', format: 'date' },
            reference: { type: 'string', description: 'Drucksache' },
            result: { enum: ['ADOPTED', 'ADOPTED_WITH_CHANGES', 'POSTPONED', 'REJECTED'] },
          },
        },
        publishedAt: { type: 'string', format: 'date-time' },
      },
    },
    recommendations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['reference', 'title', 'fieldOfAction', 'targetGroups', 'municipalities', 'rationale'],
        properties: {
          reference: { type: 'string', description: 'Kennung, z. B. SB-01', pattern: '^[A-Z]{1,4}-\\d{2,}$' },
          title: { type: 'string' },
          fieldOfAction: {
            type: 'object',
            required: ['code', 'title'],
            properties: { code: { type: 'string' }, title: { type: 'string' } },
          },
          targetGroups: { type: 'array', items: { type: 'string' } },
          municipalities: {
            type: ['array', 'null'],
            items: { type: 'string' },
            description: 'Betroffene Kommunen; null, wenn alle Kommunen betroffen sind',
          },
          timeHorizon: { enum: ['SHORT', 'MEDIUM', 'LONG', null], description: 'kurz-, mittel- oder langfristig' },
          rationale: { type: 'string', description: 'Begründung als Text' },
          rationaleHtml: { type: 'string', description: 'Begründung als bereinigtes HTML' },
          resources: { type: ['string', 'null'] },
          indicators: { type: ['string', 'null'], description: 'Erfolgsindikatoren' },
        },
      },
    },
  },
} as const;
