import { SnakeNamingStrategy } from './naming-strategy';

test('tables and columns are snake_case', () => {
  const s = new SnakeNamingStrategy();
  expect(s.tableName('ConceptRevision', undefined)).toBe('concept_revision');
  expect(s.columnName('plannedStart', undefined, [])).toBe('planned_start');
  expect(s.columnName('id', undefined, ['revision'])).toBe('revision_id');
  expect(s.columnName('x', 'explicitName', [])).toBe('explicit_name');
});
