import { useState } from 'preact/hooks';
import type { SaveReply } from '../utils/messages';
import { t } from '../utils/i18n';

/** "Save for later": shows saving / saved / the storage error as a live status. */
export function SaveButton({ onSave, class: cls = 'saar-btn saar-save' }: { onSave: () => Promise<SaveReply>; class?: string }) {
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState('');
  const click = () => {
    setState('saving');
    onSave()
      .then((r: SaveReply | undefined) => {
        if (r?.ok) return setState('saved');
        setError(r?.code === 'quota' ? t('libQuotaFull') : (r?.error ?? 'no answer from the extension'));
        setState('error');
      })
      .catch((e: unknown) => {
        setError(String(e));
        setState('error');
      });
  };
  return (
    <>
      <button type="button" class={cls} data-action="save" disabled={state === 'saving'} onClick={click} title={t('saveForLater')}>
        {state === 'saved' ? t('savedToLibrary') : state === 'saving' ? t('saving') : t('saveForLater')}
      </button>
      <span class="saar-sr" role="status">
        {state === 'saved' ? t('savedToLibrary') : ''}
      </span>
      {state === 'error' && (
        <span class="saar-save-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
