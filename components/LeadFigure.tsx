import type { LeadImage } from '../lib/types';
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { safeImageUrl } from '../utils/format';

/** The lead image with its caption and credit. */
export function LeadFigure({ image, baseUrl }: { image: LeadImage | null; baseUrl: string }) {
  const src = safeImageUrl(image?.src, baseUrl);
  const [failed, setFailed] = useState(false);
  if (!image || !src) return null;
  const caption = image.caption.trim();
  const credit = image.credit.trim();
  return (
    <figure class="saar-lead">
      {/* An image that fails to load is dropped; its caption stays. */}
      {!failed && <img src={src} alt={image.alt || caption} referrerpolicy="no-referrer" onError={() => setFailed(true)} />}
      {(caption || credit) && (
        <figcaption>
          {caption && <span class="saar-caption">{caption}</span>}
          {credit && !caption.includes(credit) && <span class="saar-credit">{t('photoCredit', credit)}</span>}
        </figcaption>
      )}
    </figure>
  );
}
