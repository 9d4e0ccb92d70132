import { describe, expect, it } from 'vitest';
import { analyse, DI, feats } from '../../lib/classify/features';
import hostilityFile from '../../lib/classify/weights/hostility.json';
import rumourFile from '../../lib/classify/weights/rumour.json';

const dense = (text: string) => {
  analyse(text);
  return {
    attribution: feats.dense[DI.attribution], incident: feats.dense[DI.incident],
    stance: feats.dense[DI.stance],
  };
};

describe('news-style features of the rumour model (event-agnostic: no names)', () => {
  it('an attributed report of what happened has attribution and incident words', () => {
    const d = dense('Gunman killed two officers, police said');
    expect(d.attribution).toBe(1);
    expect(d.incident).toBeCloseTo(Math.log1p(4)); // gunman, killed, officers, police
    expect(d.stance).toBe(0);
  });
  it('the speaker\'s feelings are stance, not a report', () => {
    const d = dense('I feel so sad, praying for everyone there');
    expect(d.stance).toBe(3);
    expect(d.attribution + d.incident).toBe(0);
  });
  it('French comments get none (the word lists are English)', () => {
    const d = dense('La police a dit que le tireur est mort, je suis triste');
    expect(d.attribution + d.incident + d.stance).toBe(0);
  });
  it('the learned rumour weights use them in the expected directions', () => {
    const w = (name: string) => rumourFile.dense[rumourFile.denseNames.indexOf(name)];
    expect(w('attribution')).toBeGreaterThan(0);
    expect(w('incident')).toBeGreaterThan(0);
    expect(w('stance')).toBeLessThan(0);
  });
  it('the hostility weights do not list them: features a task never uses are left off its file', () => {
    expect(hostilityFile.denseNames).not.toContain('attribution');
    expect(rumourFile.denseNames).toContain('stance');
  });
});
