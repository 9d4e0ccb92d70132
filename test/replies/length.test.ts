import { describe, expect, it } from 'vitest';
import { measureFilled, measureLength, PLATFORM_LIMITS, platformsOf } from '../../lib/replies/length';

describe('length limits', () => {
  it('uses each platform’s limit', () => {
    expect(PLATFORM_LIMITS).toEqual({ x: 280, instagram: 2200, facebook: 8000 });
  });

  it('counts a URL on X as 23 characters whatever its length', () => {
    const url = 'https://www.example.com/a/very/long/path/to/the/official/correction/page?ref=social';
    expect(measureLength(`See ${url}`, 'x').length).toBe(4 + 23);
    expect(measureLength(`See ${url}`, 'facebook').length).toBe(4 + url.length);
  });

  it('counts an emoji on X as 2 and on Instagram as 1', () => {
    expect(measureLength('Merci 😊', 'x').length).toBe(8);
    expect(measureLength('Merci 😊', 'instagram').length).toBe(7);
  });

  it('counts accented letters once', () => {
    expect(measureLength('Désolé', 'x').length).toBe(6);
    expect(measureLength('Désolé', 'facebook').length).toBe(6);
  });

  it('says when a text is over the limit, with the count', () => {
    const long = 'a'.repeat(281);
    expect(measureLength(long, 'x')).toEqual({ length: 281, limit: 280, over: true });
    expect(measureLength('a'.repeat(280), 'x').over).toBe(false);
    expect(measureLength('b'.repeat(2201), 'instagram')).toEqual({ length: 2201, limit: 2200, over: true });
    expect(measureLength('b'.repeat(2201), 'facebook').over).toBe(false);
  });

  it('measures a body with its placeholders filled, using long samples for unknown values', () => {
    const m = measureFilled('Hi {author}, see {correction_link}', 'x', { author: 'Al' });
    expect(m.text.startsWith('Hi Al, see https://')).toBe(true);
    expect(m.length).toBe('Hi Al, see '.length + 23);
    const custom = measureFilled('Order {order_number}', 'facebook');
    expect(custom.length).toBeGreaterThan('Order '.length);
  });

  it('treats an empty platform list as every platform', () => {
    expect(platformsOf({ platforms: [] })).toEqual(['x', 'facebook', 'instagram']);
    expect(platformsOf({ platforms: ['instagram'] })).toEqual(['instagram']);
  });
});
