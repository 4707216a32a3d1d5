import { describe, expect, it } from 'vitest';
import { formulaTriggers, isFormulaLike, neutraliseFormula, restoreFormula } from './csv-formula.js';

const formulas = [
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
];

describe('CSV formula neutralising', () => {
  it('puts an apostrophe before every formula-like cell, so no cell starts with a trigger', () => {
    for (const value of formulas) {
      const cell = neutraliseFormula(value);
      expect(cell).toBe(`'${value}`);
      expect(isFormulaLike(cell)).toBe(false);
    }
    for (const trigger of formulaTriggers) expect(isFormulaLike(neutraliseFormula(`${trigger}x`))).toBe(false);
  });

  it('leaves ordinary text alone, including triggers that are not first', () => {
    for (const value of ['Hemtjänst Norra', 'a=b', "O'Brien", "'quoted'", '', ' =1', '1-2', 'x@example.se'])
      expect(neutraliseFormula(value)).toBe(value);
  });

  it('gives back exactly the value it was given, also one that starts with apostrophes', () => {
    for (const value of [...formulas, "'=already", "''+twice", 'plain', "'plain", '']) {
      expect(restoreFormula(neutraliseFormula(value))).toBe(value);
    }
  });

  it('restores one apostrophe only, and only before a trigger', () => {
    expect(restoreFormula("'=1")).toBe('=1');
    expect(restoreFormula("''=1")).toBe("'=1");
    expect(restoreFormula("'text")).toBe("'text");
  });
});
