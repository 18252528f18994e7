import { useEffect, useRef } from 'preact/hooks';
import { txt } from '../../i18n/strings.ts';
import { selectSelectionDetails } from '../../state/derived_details.ts';
import { actions } from '../../state/store.ts';
import { useAppState, useAppStore } from '../use_app_state.ts';
import { CiteDetails } from './CiteDetails.tsx';
import { CommuneDetails } from './CommuneDetails.tsx';
import { EpciDetails } from './EpciDetails.tsx';
import { LieuDetails } from './LieuDetails.tsx';

/** Details of the selected place, commune, cité or CLS. Escape or the close button closes it. */
export function DetailsPanel() {
  const store = useAppStore();
  const selection = useAppState((s) => s.selection);
  const details = useAppState(selectSelectionDetails);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!selection) return;
    if (!returnFocus.current && document.activeElement instanceof HTMLElement) {
      returnFocus.current = document.activeElement;
    }
    heading.current?.focus();
  }, [selection]);

  const close = () => {
    actions.select(store, null);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  };
  const closeRef = useRef(close);
  closeRef.current = close;
  // one listener for the page's life: Escape closes an open panel wherever the focus is, even at once after it
  // opened (a listener added with each selection would miss a key pressed before the effect ran)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().selection) closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  if (!selection || !details) return null;
  return (
    <section id="details" class="details" aria-labelledby="details-titre">
      <header>
        <p class="surtitre">{txt.more.kindOfSelection[details.type]}</p>
        <h2 id="details-titre" tabIndex={-1} ref={heading}>
          {details.title}
        </h2>
        <button type="button" class="fermer" aria-label={txt.details.close} onClick={close}>
          ×
        </button>
      </header>
      {details.type === 'lieu' ? <LieuDetails details={details} /> : null}
      {details.type === 'commune' ? <CommuneDetails details={details} /> : null}
      {details.type === 'cite' ? <CiteDetails details={details} /> : null}
      {details.type === 'epci' ? <EpciDetails details={details} /> : null}
    </section>
  );
}
