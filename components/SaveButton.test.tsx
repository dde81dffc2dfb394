import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SaveButton } from './SaveButton';
import type { SaveReply } from '../utils/messages';

async function clickWith(reply: SaveReply): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<SaveButton onSave={() => Promise.resolve(reply)} />, root));
  await act(async () => {
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    await Promise.resolve();
  });
  return root;
}

describe('SaveButton', () => {
  it('shows saved after a successful save', async () => {
    const root = await clickWith({ ok: true, id: 'x', title: 'T', updated: false });
    // Outside the extension, t() falls back to the key.
    expect(root.querySelector('[data-action="save"]')!.textContent).toBe('savedToLibrary');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
  it('shows the quota message as an alert when storage is full', async () => {
    const root = await clickWith({ ok: false, code: 'quota', error: 'QuotaExceededError' });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('libQuotaFull');
    expect(root.querySelector('[data-action="save"]')!.textContent).toBe('saveForLater');
  });
});
