import { describe, expect, it } from 'vitest';
import { checkPrefix, parseMask } from '../../../src/rules/util/mask.js';

describe('parseMask', () => {
  it('takes the text before the (.*) group as the prefix', () => {
    expect(parseMask('Campaign - prod - (.*)')).toEqual({ prefix: 'Campaign - prod - ', pattern: true, trailing: '', regex: false });
    expect(parseMask('Campaign - prod - (.+)')).toEqual({ prefix: 'Campaign - prod - ', pattern: true, trailing: '', regex: false });
    expect(parseMask('^Campaign - prod - (.*?)$')).toEqual({ prefix: 'Campaign - prod - ', pattern: true, trailing: '', regex: false });
    expect(parseMask('Campaign - prod - (?:.*)').prefix).toBe('Campaign - prod - ');
  });

  it('takes the whole mask when it has no group', () => {
    expect(parseMask('Campaign - prod - ')).toEqual({ prefix: 'Campaign - prod - ', pattern: false, trailing: '', regex: false });
  });

  it('marks a prefix that is itself a regular expression (not a lone dot)', () => {
    expect(parseMask('Campaign - acme(-stage)? - (.*)')).toEqual({
      prefix: 'Campaign - acme(-stage)? - ',
      pattern: true,
      trailing: '',
      regex: true,
    });
    expect(parseMask('Campaign - (prod|stage) - (.*)').regex).toBe(true);
    expect(parseMask('Campaign - acme\\.com - (.*)').regex).toBe(true);
    expect(parseMask('Campaign - acme.com - (.*)').regex).toBe(false);
    expect(parseMask('Campaign - acme(-stage)? - ').regex).toBe(false);
  });

  it('keeps text after the group apart', () => {
    expect(parseMask('Campaign - (.*) - prod')).toEqual({ prefix: 'Campaign - ', pattern: true, trailing: ' - prod', regex: false });
  });
});

describe('checkPrefix', () => {
  const names = ['Campaign - prod - delivery', 'Campaign - prod - admin', 'Campaign - stage - delivery', 'Analytics - Default Access'];

  it('accepts a prefix of at least one name', () => {
    expect(checkPrefix('Campaign - prod - ', names)).toEqual({
      ok: true,
      matched: ['Campaign - prod - delivery', 'Campaign - prod - admin'],
    });
  });

  it("suggests the names' own spelling for a near miss in case or white space", () => {
    expect(checkPrefix('campaign - PROD - ', names)).toMatchObject({ ok: false, reason: 'no-match', suggestion: 'Campaign - prod - ' });
    expect(checkPrefix('Campaign-prod-', names)).toMatchObject({ ok: false, suggestion: 'Campaign - prod - ' });
    expect(checkPrefix('Campaign - prod -  ', names)).toMatchObject({ ok: false, suggestion: 'Campaign - prod - ' });
  });

  it('suggests within edit distance 2', () => {
    expect(checkPrefix('Campagn - prd - ', names)).toMatchObject({ ok: false, suggestion: 'Campaign - prod - ' });
    expect(checkPrefix('Marketing - prod - ', names)).toMatchObject({ ok: false, suggestion: undefined });
  });

  it('never suggests the prefix of another instance', () => {
    expect(checkPrefix('Campaign - stag - ', names, ['Campaign - stage - '])).toMatchObject({ ok: false, suggestion: undefined });
    expect(checkPrefix('Campaign - stag - ', names, [])).toMatchObject({ ok: false, suggestion: 'Campaign - stage - ' });
  });

  it('lists a few names when nothing is near', () => {
    expect(checkPrefix('Campaign - dev - ', names, ['Campaign - prod - ', 'Campaign - stage - '])).toEqual({
      ok: false,
      reason: 'no-match',
      suggestion: undefined,
      examples: ['Analytics - Default Access'],
      total: 1,
    });
  });

  it('rejects a prefix that stops just before white space in every name it starts', () => {
    expect(checkPrefix('Campaign - prod -', names)).toEqual({
      ok: false,
      reason: 'followed-by-separator',
      suggestion: 'Campaign - prod - ',
      example: 'Campaign - prod - delivery',
    });
    expect(checkPrefix('Campaign - prod -', [...names, 'Campaign - prod -workflow']).ok).toBe(true);
  });
});

describe('parseMask: a pattern written without its group', () => {
  it('takes the text before a bare trailing .* as the prefix', () => {
    expect(parseMask('Campaign - prod - .*')).toEqual({ prefix: 'Campaign - prod - ', pattern: true, trailing: '', regex: false });
    expect(parseMask('^Campaign - prod - .+$')).toEqual({ prefix: 'Campaign - prod - ', pattern: true, trailing: '', regex: false });
  });
});

describe('checkPrefix: a prefix cut short before a separator', () => {
  it('suggests the prefix through the separator', () => {
    const names = ['Campaign - prod - delivery', 'Campaign - prod - admin'];
    expect(checkPrefix('Campaign - prod', names)).toEqual({
      ok: false,
      reason: 'followed-by-separator',
      suggestion: 'Campaign - prod - ',
      example: 'Campaign - prod - delivery',
    });
    expect(checkPrefix('campaign_prod', ['campaign_prod_delivery'])).toEqual({
      ok: false,
      reason: 'followed-by-separator',
      suggestion: 'campaign_prod_',
      example: 'campaign_prod_delivery',
    });
    expect(checkPrefix('Campaign - prod - ', names)).toEqual({ ok: true, matched: names });
  });
});
