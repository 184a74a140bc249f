import { figureTables } from './figures';

describe('the figure tables of a published chapter', () => {
  it('reads the tables the concept writes for its indicators, German numbers included', () => {
    const html =
      '<p>Die Ausgangslage.</p>' +
      '<h3>Schülerinnen &amp; Schüler</h3><p>2024, in Personen. Quelle: IT.NRW.</p>' +
      '<table><thead><tr><th scope="col">Kommune</th><th scope="col">Personen</th></tr></thead>' +
      '<tbody><tr><td>Rheda-Wiedenbrück</td><td>1.234,5</td></tr><tr><td>Gütersloh</td><td>812</td></tr></tbody></table>' +
      '<table><tbody><tr><td>andere Tabelle</td><td>x</td></tr></tbody></table>';
    expect(figureTables(html)).toEqual([
      {
        title: 'Schülerinnen & Schüler',
        note: '2024, in Personen. Quelle: IT.NRW.',
        unit: 'Personen',
        rows: [
          { name: 'Rheda-Wiedenbrück', value: 1234.5, text: '1.234,5' },
          { name: 'Gütersloh', value: 812, text: '812' },
        ],
      },
    ]);
    expect(figureTables('<table><tr><td>a</td></tr></table>')).toEqual([]);
  });
});
