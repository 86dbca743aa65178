import { it } from 'vitest';
import { NearMissIndex } from '../../src/rules/util/suggest.js';
it('one', () => {
  const names = Array.from({ length: 10000 }, (_, i) => `operator_group_${String(i).padStart(5, '0')}`);
  const index = new NearMissIndex(names, (n) => n);
  const qs = names.map((n) => `${n.slice(0, -1)}x`);
  const g = globalThis as any; g.__rows = 0; g.__prunes = 0; g.__visits = 0;
  for (const q of qs) index.within(q, 1);
  console.log(`per query: rows ${g.__rows / 1e4} prunes ${g.__prunes / 1e4} visits ${g.__visits / 1e4}`);
});
