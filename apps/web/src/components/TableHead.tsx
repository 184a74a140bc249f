/** The column headers of a KERN table, each a `th` with column scope. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr className="kern-table__row">
        {columns.map((column) => (
          <th key={column} scope="col" className="kern-table__header">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
