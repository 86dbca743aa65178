// The bounded reads both network clients use: a timeout held by a real timer, a body read capped in size and cut
// by its signal.
import { describe, expect, it } from 'vitest';
import { readCappedBody, timeoutSignal } from '../../src/util/abort.js';

/** A response whose body sends `chunks`, then (when `stall`) never ends. */
function streamed(chunks: string[], stall = false): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      if (!stall) controller.close();
    },
  });
  return new Response(body);
}

describe('timeoutSignal', () => {
  it('aborts with a TimeoutError after its time, and not once cleared', async () => {
    const fired = timeoutSignal(5);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fired.signal.aborted).toBe(true);
    expect((fired.signal.reason as DOMException).name).toBe('TimeoutError');
    const cleared = timeoutSignal(5);
    cleared.clear();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(cleared.signal.aborted).toBe(false);
  });
});

describe('readCappedBody', () => {
  const tooLarge = () => new Error('too large');

  it('reads a body up to its cap as UTF-8', async () => {
    expect(await readCappedBody(streamed(['{"a":', '"é"}']), 10, new AbortController().signal, tooLarge)).toBe('{"a":"é"}');
  });

  it("refuses a body one byte over the cap with the caller's error", async () => {
    await expect(readCappedBody(streamed(['12345', '67890']), 9, new AbortController().signal, tooLarge)).rejects.toThrow('too large');
  });

  it('ends a body that stalls when its signal aborts, never taking the cut body for the answer', async () => {
    const { signal } = timeoutSignal(20);
    await expect(readCappedBody(streamed(['{"users": ['], true), 1024, signal, tooLarge)).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
