import { describe, expect, it } from 'vitest';
import { nearPrefix } from '../../../src/rules/util/suggest.js';

describe('nearPrefix', () => {
  it('returns the beginning of a name as the name spells it', () => {
    expect(nearPrefix('Campaign - Prod - ', ['Campaign - prod - delivery'])).toBe('Campaign - prod - ');
    expect(nearPrefix('Campaing - prod - ', ['Analytics - Default', 'Campaign - prod - delivery'])).toBe('Campaign - prod - ');
    expect(nearPrefix('Campaign - prod - ', ['Campaign - stage - delivery'])).toBeUndefined();
  });
});
