/** Warming the classifier up in steps gives the same lexicon index as compiling it at once. */
describe('classifier warm-up in steps', () => {
  beforeEach(() => vi.resetModules());

  it('compiles the lexicons in parts, in the same order, and reports when it is done', async () => {
    const whole = await import('../../lib/classify/lexicon');
    whole.compileLexicons();
    const expected = whole.entries.map((e) => `${e.cat}|${e.lang}|${e.phrase}`);
    expect(expected.length).toBeGreaterThan(1_000);

    vi.resetModules();
    const parts = await import('../../lib/classify/lexicon');
    let steps = 0;
    while (!parts.compileLexiconsPart(500)) {
      steps += 1;
      expect(parts.entries.length).toBeLessThanOrEqual(steps * 500);
    }
    expect(steps).toBeGreaterThan(2);
    expect(parts.entries.map((e) => `${e.cat}|${e.lang}|${e.phrase}`)).toEqual(expected);
    // Done: further parts and a full compile add nothing.
    expect(parts.compileLexiconsPart(500)).toBe(true);
    parts.compileLexicons();
    expect(parts.entries).toHaveLength(expected.length);
  });

  it('runs every step of warmUpSteps to completion, after which classification works as before', async () => {
    const { warmUpSteps } = await import('../../lib/classify/warm');
    const { entries } = await import('../../lib/classify/lexicon');
    let calls = 0;
    for (const step of warmUpSteps()) {
      do calls += 1;
      while (!step());
    }
    expect(calls).toBeGreaterThan(3);
    expect(entries.length).toBeGreaterThan(1_000);
    const { classify } = await import('../../lib/classify');
    expect(classify('you are a complete idiot').hostility.flagged).toBe(true);
    expect(classify('thanks, my order arrived today').hostility.flagged).toBe(false);
  });
});
