import { describe, expect, it } from 'vitest';
import { chainLevels } from '../vocabulary.js';
import { instrumentDefinitionSchema } from '../instrument.js';
import { builtInInstruments } from './index.js';

describe('built-in instruments', () => {
  it('are the five of the issue, each valid and unique by key', () => {
    expect(builtInInstruments.map((i) => i.key)).toEqual([
      'trustChain',
      'socialCapital',
      'relationalCoordination',
      'roomForAction',
      'hme',
    ]);
  });

  it('have HME as nine items on 1-5 in three areas with a total index', () => {
    const hme = builtInInstruments.find((i) => i.key === 'hme');
    expect(hme?.items).toHaveLength(9);
    expect(hme?.items.every((i) => i.scaleMin === 1 && i.scaleMax === 5)).toBe(true);
    expect(hme?.dimensions.map((d) => d.items.length)).toEqual([3, 3, 3]);
    expect(hme?.totalIndex?.key).toBe('hmeTotal');
  });

  it('ask about every link of the chain upward with can, will and dare', () => {
    const chain = builtInInstruments.find((i) => i.key === 'trustChain');
    for (const level of chainLevels) {
      const up = chain?.items.filter((i) => i.chainLevel === level && i.direction === 'up') ?? [];
      expect(up.map((i) => i.facet).sort()).toEqual(['can', 'dare', 'will']);
      expect(chain?.items.some((i) => i.chainLevel === level && i.direction === 'down')).toBe(true);
    }
  });

  it('rate relational coordination per dependent group on seven dimensions', () => {
    const rc = builtInInstruments.find((i) => i.key === 'relationalCoordination');
    expect(rc?.items.filter((i) => i.target === 'dependentGroups')).toHaveLength(7);
  });

  it('have no text in one language that is just another language copied', () => {
    for (const instrument of builtInInstruments)
      for (const item of instrument.items) {
        expect(item.text.sv).not.toBe(item.text.en);
        expect(item.text.nb).not.toBe(item.text.en);
      }
  });
});

describe('instrument definitions', () => {
  const base = {
    key: 'custom',
    version: 1,
    names: { sv: 'Egen', nb: 'Egen', da: 'Egen', en: 'Own' },
    items: [{ key: 'q1', kind: 'scale', text: { sv: 'a', nb: 'b', da: 'c', en: 'd' } }],
  };

  it('accept a custom question set with defaults filled in', () => {
    const parsed = instrumentDefinitionSchema.parse(base);
    expect(parsed.items[0]?.scaleMax).toBe(5);
    expect(parsed.dimensions).toEqual([]);
  });

  it('refuse a missing language, a duplicate key, an unknown dimension item and a mixed audience', () => {
    expect(instrumentDefinitionSchema.safeParse({ ...base, names: { sv: 'x', nb: 'x', da: 'x' } }).success).toBe(false);
    expect(instrumentDefinitionSchema.safeParse({ ...base, items: [base.items[0], base.items[0]] }).success).toBe(
      false,
    );
    const unknown = { ...base, dimensions: [{ key: 'd', names: base.names, items: ['nope'] }] };
    expect(instrumentDefinitionSchema.safeParse(unknown).success).toBe(false);
    const mixed = {
      ...base,
      items: [base.items[0], { ...base.items[0], key: 'q2', audience: 'managers' }],
      dimensions: [{ key: 'd', names: base.names, items: ['q1', 'q2'] }],
    };
    expect(instrumentDefinitionSchema.safeParse(mixed).success).toBe(false);
  });

  it('refuse a choice item without choices and an upside-down scale', () => {
    const choice = { ...base, items: [{ ...base.items[0], kind: 'choice' }] };
    expect(instrumentDefinitionSchema.safeParse(choice).success).toBe(false);
    const scale = { ...base, items: [{ ...base.items[0], scaleMin: 5, scaleMax: 1 }] };
    expect(instrumentDefinitionSchema.safeParse(scale).success).toBe(false);
  });
});
