import { it } from 'vitest';
import { NearMissIndex } from '../../src/rules/util/suggest.js';
it('one', () => {
  const names = Array.from({ length: 10000 }, (_, i) => `operator_group_${String(i).padStart(5, '0')}`);
  const index = new NearMissIndex(names, (n) => n);
  for (const q of ['operator_group_0000x', 'operator_group_0567x']) {
    (globalThis as any).__rows = 0; (globalThis as any).__prunes = 0;
    index.within(q, 1);
    console.log(q, (globalThis as any).__rows, (globalThis as any).__prunes);
  }
});
