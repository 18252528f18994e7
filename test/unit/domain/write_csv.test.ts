import { describe, expect, it } from 'vitest';
import { CSV_FORMATS, csvField, neutralizeFormula, writeCsv } from '../../../src/domain/write_csv.ts';

describe('writeCsv', () => {
  it('writes the French form: BOM, ";" between fields, decimal comma, CRLF', () => {
    const csv = writeCsv(['nom', 'km', 'loin'], [{ nom: 'Lens', km: 2.5, loin: false }], CSV_FORMATS.fr);
    expect(csv).toBe('\uFEFFnom;km;loin\r\n"Lens";2,5;non\r\n');
  });

  it('writes the international form with commas and a decimal point', () => {
    const csv = writeCsv(['nom', 'km'], [{ nom: 'Liévin', km: 0.25 }], CSV_FORMATS.intl);
    expect(csv).toBe('\uFEFFnom,km\r\n"Liévin",0.25\r\n');
  });

  it('quotes text (doubling quotes), leaves bare columns and empty values alone', () => {
    const csv = writeCsv(
      ['type', 'nom', 'vide'],
      [{ type: 'commune', nom: 'Centre "A"; B', vide: null }],
      CSV_FORMATS.fr,
      ['type'],
    );
    expect(csv.split('\r\n')[1]).toBe('commune;"Centre ""A""; B";');
  });

  it('makes text that starts like a formula inert, never numbers', () => {
    expect(csvField('=1+1', CSV_FORMATS.fr)).toBe('"\'=1+1"');
    expect(csvField('-3', CSV_FORMATS.fr)).toBe('"\'-3"');
    expect(csvField(-3.5, CSV_FORMATS.fr)).toBe('-3,5');
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('Lens')).toBe('Lens');
  });
});
