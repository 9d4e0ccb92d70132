import { PLATFORMS } from '../../lib/types'; test('platforms', () => { expect(PLATFORMS).toContain('x'); });
