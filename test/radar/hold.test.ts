import { assessRadar, trackLevel, type Observation, type RadarState, type RadarTrack } from '../../lib/radar';

/** A hand-made assessment: the hold only reads level, time and reason. */
function state(level: RadarState['level'], iso: string): RadarState {
  const s = assessRadar([] as Observation[], new Date(iso));
  return { ...s, level, reason: `${level} now`, reasonKey: `test.${level}` };
}

describe('trackLevel (hysteresis)', () => {
  it('rises at once', () => {
    const t = trackLevel(null, state('alert', '2024-03-04T10:00:00Z'));
    expect(t.level).toBe('alert');
    expect(t.changed).toBe(true);
    expect(t.track.since).toBe('2024-03-04T10:00:00.000Z');
  });

  it('holds a level through a short lull, keeping the reason that raised it', () => {
    let track: RadarTrack = trackLevel(null, state('alert', '2024-03-04T10:00:00Z')).track;
    const lull = trackLevel(track, state('calm', '2024-03-04T10:10:00Z'));
    expect(lull.level).toBe('alert');
    expect(lull.held).toBe(true);
    expect(lull.changed).toBe(false);
    expect(lull.track.reason).toBe('alert now');
    track = lull.track;
    const down = trackLevel(track, state('calm', '2024-03-04T10:20:00Z'));
    expect(down.level).toBe('calm');
    expect(down.changed).toBe(true);
  });

  it('steps down through a level that was seen recently, saying it is easing', () => {
    let track = trackLevel(null, state('watch', '2024-03-04T09:50:00Z')).track;
    track = trackLevel(track, state('crisis', '2024-03-04T10:00:00Z')).track;
    track = trackLevel(track, state('watch', '2024-03-04T10:15:00Z')).track;
    const t = trackLevel(track, state('calm', '2024-03-04T10:21:00Z'));
    // No crisis for 21 minutes, but 'watch' was assessed 6 minutes ago.
    expect(t.level).toBe('watch');
    expect(t.held).toBe(true);
    expect(t.track.reasonKey).toBe('radar.reason.easing');
    expect(t.track.reason).toBe('easing: no sign of the higher level for 21 min');
  });
});
