// Bounded network reads shared by the two clients that talk to the network (GitHub's API in src/github/, Adobe's
// User Management API in src/read/umapi/): a timeout held by a real timer, and a body read that stops at a size.

/**
 * A signal that aborts with a TimeoutError after `ms`. A plain timer holds it: a signal of AbortSignal.timeout()
 * that only fetch refers to can be collected during a long read, and then it never fires (a server that drips its
 * answer would hold the run forever). `clear` stops the timer once the attempt is over.
 */
export function timeoutSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('the request timed out', 'TimeoutError')), Math.max(1, ms));
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * The body as UTF-8 text, read under `signal` and refused once it grows beyond `max` bytes (`tooLarge` makes that
 * error) instead of filling the memory. An abort cancels the reader, and a cut body is never taken for the answer.
 */
export async function readCappedBody(response: Response, max: number, signal: AbortSignal, tooLarge: () => Error): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const cancel = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      if (signal.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      // A cancelled reader ends as if the body were complete.
      if (signal.aborted) throw signal.reason;
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
