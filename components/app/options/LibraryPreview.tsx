import { t } from '../../../lib/i18n';
import { measureFilled } from '../../../lib/replies/length';
import { PLATFORMS, type Platform } from '../../../lib/types';

export interface LibraryPreviewProps {
  body: string;
  /** The platforms the reply is written for; empty = every platform. */
  platforms: readonly Platform[];
  /** Values known now (brand, agent from the settings); the others are filled with long samples. */
  values: Record<string, string>;
}

/**
 * How the reply will read on each platform, placeholders filled, with the platform's length
 * counter. Sample values are deliberately long, so a reply that fits here fits in practice.
 */
export function LibraryPreview({ body, platforms, values }: LibraryPreviewProps) {
  const shown = platforms.length ? platforms : PLATFORMS;
  return (
    <div class="reply-previews" data-testid="reply-previews">
      {shown.map((p) => {
        const m = measureFilled(body, p, values);
        return (
          <figure class={`reply-preview${m.over ? ' over' : ''}`} data-testid={`reply-preview-${p}`}>
            <figcaption>
              <strong>{t(`common.platform.${p}`)}</strong>{' '}
              <span class="counter" data-testid={`reply-counter-${p}`} aria-live="polite">
                {t('lib.preview.counter', { length: m.length, limit: m.limit })}
              </span>
            </figcaption>
            <p class="preview-text">{m.text}</p>
            {m.over && (
              <p class="over-message" role="alert" data-testid={`reply-over-${p}`}>
                {t('lib.preview.over', { platform: t(`common.platform.${p}`), excess: m.length - m.limit, limit: m.limit })}
              </p>
            )}
          </figure>
        );
      })}
      <p class="help">{t('lib.preview.samples')}</p>
    </div>
  );
}
