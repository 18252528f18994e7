import { useEffect, useState } from 'preact/hooks';
import { txt } from '../i18n/strings.ts';
import { onUpdateReady } from '../offline/update_signal.ts';

/**
 * « Une nouvelle version de la carte est prête. [Mettre à jour] »: shown when the service worker has installed
 * a new deployment beside the running one. The page keeps working on its own version until then.
 */
export function UpdateNotice() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  const [applying, setApplying] = useState(false);
  useEffect(() => onUpdateReady((fn) => setApply(() => fn)), []);
  return (
    <div id="mise-a-jour" role="status" class={apply ? 'notices' : 'vide'}>
      {apply ? (
        <p class="notice">
          <span>{txt.update.ready}</span>
          <button
            type="button"
            class="lien"
            aria-disabled={applying}
            onClick={() => {
              if (applying) return;
              setApplying(true);
              apply();
            }}
          >
            {txt.update.apply}
          </button>
        </p>
      ) : null}
    </div>
  );
}
