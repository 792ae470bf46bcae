import { describe, expect, it } from '@jest/globals';
import { benjaminiHochberg } from '../../../src/stats/multiple.js';

describe('benjaminiHochberg', () => {
  // Benjamini & Hochberg (1995), §4: the 15 p-values of the myocardial-infarction study; at q = 0.05
  // the procedure rejects the four smallest (Bonferroni only three).
  const PAPER = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
  it('the paper’s example: q-values as R’s p.adjust(p, "BH"), worked by hand (m/k · p_(k), then the running minimum from the top)', () => {
    const q = benjaminiHochberg(PAPER).map((x) => +x.toFixed(6));
    expect(q).toEqual([0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182, 0.714875, 0.753231, 0.813214, 1]);
  });
  it('rejects exactly the four smallest at q = 0.05, as the paper reports', () => {
    expect(benjaminiHochberg(PAPER).filter((q) => q <= 0.05).length).toBe(4);
  });
  it('keeps the input order and gives tied p-values the same q', () => {
    expect(benjaminiHochberg([0.04, 0.01, 0.04, 0.03])).toEqual([0.04, 0.04, 0.04, 0.04]);
    expect(benjaminiHochberg([0.5, 0.001])).toEqual([0.5, 0.002]);
  });
  it('caps at 1, handles the empty family, and refuses values outside [0, 1]', () => {
    expect(benjaminiHochberg([0.9, 0.8])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([NaN])).toThrow(RangeError);
  });
});
