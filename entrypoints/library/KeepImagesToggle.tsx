// The "Keep images offline" setting, shown in the popup's settings and on the library page.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { getLibraryPrefs, setLibraryPrefs, watchLibraryPrefs } from '../../utils/settings';

export function KeepImagesToggle(props: { class?: string }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void getLibraryPrefs().then((p) => setOn(p.keepImagesOffline));
    return watchLibraryPrefs((p) => setOn(p.keepImagesOffline));
  }, []);
  return (
    <label class={props.class} title={t('libKeepImagesHint')}>
      <input
        type="checkbox"
        name="keepImagesOffline"
        checked={!!on}
        disabled={on === null}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLInputElement).checked;
          setOn(next);
          void setLibraryPrefs({ keepImagesOffline: next });
        }}
      />{' '}
      {t('libKeepImages')}
    </label>
  );
}
