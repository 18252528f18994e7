import { useRef, useState } from 'preact/hooks';
import { txt } from '../i18n/strings.ts';
import { actions } from '../state/store.ts';
import { shareLinkOf } from '../state/url_sync.ts';
import { useAppState, useAppStore } from './use_app_state.ts';

/**
 * "Copier le lien": copies the link of the current screen (the full app's address, also inside an embed where
 * the address bar is not visible) and says so. With a geolocated origin, says how precise the shared position
 * is, and lets the person choose to share it exactly. If the browser refuses to copy, the link is shown
 * selected so it can be copied by hand. The focus stays on the button.
 */
export function ShareLink() {
  const store = useAppStore();
  const link = useAppState((s) => shareLinkOf(s, document.baseURI));
  const geolocated = useAppState((s) => s.origin?.geolocated === true);
  const exact = useAppState((s) => s.shareExactPosition);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
      requestAnimationFrame(() => field.current?.select());
    }
  };
  return (
    <div class="partage">
      <button type="button" class="bouton" onClick={() => void copy()} data-testid="copier-lien">
        {txt.share.copy}
      </button>
      {geolocated ? (
        <>
          <label class="option">
            <input
              type="checkbox"
              name="position-exacte"
              checked={exact}
              onChange={(e) => {
                actions.setShareExactPosition(store, e.currentTarget.checked);
                setStatus('idle');
              }}
            />
            {txt.share.exact}
          </label>
          <p class="discret" data-testid="precision-partage">
            {exact ? txt.share.exactNote : txt.share.coarseNote}
          </p>
        </>
      ) : null}
      <p role="status" class={status === 'idle' ? 'vide' : 'message'} data-testid="copie-statut">
        {status === 'copied' ? txt.share.copied : status === 'failed' ? txt.share.copyFailed : ''}
      </p>
      {status === 'failed' ? (
        <label class="etiquette">
          {txt.share.linkLabel}
          <input ref={field} type="text" readOnly value={link} class="lien-partage" />
        </label>
      ) : null}
    </div>
  );
}
