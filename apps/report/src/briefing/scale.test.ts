import { describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../test-support/fixture.js';
import { axisFor, place, valueSpan } from './scale.js';

const [count, date] = fixtureCorpus().topics;

describe('valueSpan', () => {
  it('draws a year or a month the text leaves open as the whole period', () => {
    const year = valueSpan('2019');
    const month = valueSpan('2022-01');
    expect(year.end - year.start).toBe(364);
    expect(month.end - month.start).toBe(30);
    expect(valueSpan('2022-01-20').end).toBe(valueSpan('2022-01-20').start);
  });

  it('runs an interval from the start of its first date to the end of its last', () => {
    const interval = valueSpan('2013/2014');
    expect(interval.start).toBe(valueSpan('2013').start);
    expect(interval.end).toBe(valueSpan('2014').end);
  });
});

describe('axisFor', () => {
  it('counts from zero, so the axis does not exaggerate a difference, with room past the highest value', () => {
    const axis = axisFor(count!, [valueSpan(3500), valueSpan(5000)]);
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThan(5000);
    expect(axis.ticks.map((t) => t.label)).toContain('5,000');
  });

  it('labels a date axis of some months by month', () => {
    const axis = axisFor(date!, [valueSpan('2021-01'), valueSpan('2022-01-20')]);
    expect(axis.ticks.length).toBeGreaterThan(2);
    expect(axis.ticks.every((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t.label))).toBe(true);
  });

  it('places the ends of the axis at the ends of the plot', () => {
    const axis = axisFor(count!, [valueSpan(10)]);
    expect(place(axis, axis.min, 300)).toBe(0);
    expect(place(axis, axis.max, 300)).toBe(300);
  });
});
