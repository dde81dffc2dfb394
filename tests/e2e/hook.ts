// The one way the e2e suites talk to the test-only hook (entrypoints/e2e-hook.content.ts): a page
// event asks for an action, the background's reply comes back as another event.

/** Anything with an `evaluate(fn, arg)`: our PageDriver, a Playwright page, a Puppeteer page. */
type CanEvaluate = { evaluate(...args: never[]): Promise<unknown> };

/** Ask the hook in `page` for `action`; the reply (JSON text), or null when none came within `ms`. */
export function askHook(page: CanEvaluate, action: string, ms = 8000): Promise<string | null> {
  const evaluate = page.evaluate.bind(page) as unknown as (
    fn: (arg: [string, number]) => Promise<string | null>,
    arg: [string, number],
  ) => Promise<string | null>;
  return evaluate(
    ([a, wait]) =>
      new Promise<string | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), wait);
        const on = (e: Event) => {
          window.removeEventListener('saar-e2e-reply', on);
          clearTimeout(timer);
          resolve(String((e as CustomEvent).detail));
        };
        window.addEventListener('saar-e2e-reply', on);
        window.dispatchEvent(new CustomEvent('saar-e2e', { detail: a }));
      }),
    [action, ms],
  );
}
