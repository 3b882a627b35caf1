// Waiting helpers (playwright-core has no `expect`; these poll like it does).

import assert from 'node:assert/strict';

/** Poll `read()` until `check(value)` holds, or fail after `timeout` ms with the last value. */
export async function eventually(read, check, { timeout = 5000, interval = 50, message } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, interval));
  }
  assert.fail(`${message ?? 'condition not met'} within ${timeout} ms; last value: ${JSON.stringify(value)}`);
}

/** Wait until the text of `locator` (trimmed) equals `text`. */
export function expectText(locator, text, options) {
  return eventually(
    async () => (await locator.innerText()).trim(),
    (v) => v === text,
    { message: `expected text ${JSON.stringify(text)}`, ...options },
  );
}
