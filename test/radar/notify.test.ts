import { shouldNotify } from '../../lib/radar';

const MIN = 60_000;

describe('shouldNotify', () => {
  it('announces rises, never falls or the same level', () => {
    expect(shouldNotify('calm', 'watch', null, 0)).toBe(true);
    expect(shouldNotify('alert', 'watch', null, 0)).toBe(false);
    expect(shouldNotify('alert', 'alert', null, 0)).toBe(false);
    expect(shouldNotify('watch', 'calm', null, 0)).toBe(false);
  });

  it('rate-limits rises to watch', () => {
    const last = 1_000_000;
    expect(shouldNotify('calm', 'watch', last, last + 5 * MIN)).toBe(false);
    expect(shouldNotify('calm', 'watch', last, last + 15 * MIN)).toBe(true);
    expect(shouldNotify('calm', 'watch', last, last + 5 * MIN, 2 * MIN)).toBe(true);
  });

  it('still announces an alert shortly after a watch, but not twice in a minute', () => {
    const last = 1_000_000;
    expect(shouldNotify('watch', 'alert', last, last + 3 * MIN)).toBe(true);
    expect(shouldNotify('watch', 'crisis', last, last + 30_000)).toBe(false);
  });
});
