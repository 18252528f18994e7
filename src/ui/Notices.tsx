import { txt } from '../i18n/strings.ts';
import { actions } from '../state/store.ts';
import { useAppState, useAppStore } from './use_app_state.ts';

/** Notices (ignored URL parameters…) in a polite live region; errors in an alert. */
export function Notices() {
  const store = useAppStore();
  const notices = useAppState((s) => s.notices);
  const errors = useAppState((s) => s.errors);
  return (
    <>
      <div id="erreurs" role="alert" class={errors.length ? 'erreurs' : 'vide'}>
        {errors.map((e) => (
          <p key={e.key}>{e.text}</p>
        ))}
      </div>
      <div id="notices" role="status" class={notices.length ? 'notices' : 'vide'}>
        {notices.map((n) => (
          <p key={n.id} class="notice">
            <span>{n.text}</span>
            <button type="button" class="lien" onClick={() => actions.dismissNotice(store, n.id)}>
              {txt.notices.dismiss}
              <span class="sr-only"> : {n.text}</span>
            </button>
          </p>
        ))}
      </div>
    </>
  );
}
