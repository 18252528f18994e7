/** Small pieces shared by the details of places, communes, cités and EPCI. */
import { acceptWebUrl } from '../../domain/accept_web_url.ts';
import { phoneHref } from '../../domain/format_phone.ts';
import { txt } from '../../i18n/strings.ts';
import { kindGroupOf, type Lieu } from '../../schema.ts';
import { type AppStore, actions } from '../../state/store.ts';
import type { Origin } from '../../state/types.ts';
import { formatDate, vintageOf } from '../format.ts';
import { Row } from '../Row.tsx';
import { PlaceSwatch } from '../Swatch.tsx';
import { useAppStore } from '../use_app_state.ts';

/** The source's site as a link (new window) and its date; nothing without a URL. */
export function SourceLink({ url, date }: { url: string | null; date: string | null }) {
  if (!url) return null;
  // only an http(s) address from the data becomes a link; anything else is shown as plain text
  const href = acceptWebUrl(url);
  return (
    <>
      <Row label={txt.details.source}>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {new URL(href).hostname.replace(/^www\./, '')}
            <span class="sr-only"> {txt.more.newWindow}</span>
          </a>
        ) : (
          url
        )}
      </Row>
      <Row label={txt.details.sourceDate}>{date ? formatDate(date) : txt.details.undated}</Row>
    </>
  );
}

/** A place as a button that opens its details. */
export function LieuButton({ lieu }: { lieu: Lieu }) {
  const store = useAppStore();
  return (
    <button type="button" class="lien" onClick={() => actions.select(store, { type: 'lieu', id: lieu.id })}>
      <PlaceSwatch group={kindGroupOf(lieu.kind)} planned={lieu.status === 'planned'} />
      {lieu.nom}{' '}
      <span class="discret">
        ({txt.statuses[lieu.status].toLowerCase()}
        {vintageOf(lieu) ? `, ${vintageOf(lieu)}` : ''})
      </span>
    </button>
  );
}

/** The care places of a commune or EPCI, under their heading. */
export function PlacesList({ lieux }: { lieux: readonly Lieu[] }) {
  return (
    <>
      <h3>{txt.details.placesIn}</h3>
      {lieux.length === 0 ? (
        <p>{txt.details.noPlaces}</p>
      ) : (
        <ul class="liste-simple">
          {lieux.map((l) => (
            <li key={l.id}>
              <LieuButton lieu={l} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A button that goes back to the finder with this origin. */
export function OriginButton({ store, label, origin }: { store: AppStore; label: string; origin: Origin }) {
  return (
    <button
      type="button"
      class="bouton"
      onClick={() => {
        actions.setMode(store, 'trouver');
        actions.setOrigin(store, origin);
      }}
    >
      {label}
    </button>
  );
}

/** The phone number from the register, as a link that calls it. */
export function PhoneRow({ phone }: { phone: string }) {
  const href = phoneHref(phone);
  return <Row label={txt.details.phone}>{href ? <a href={href}>{phone}</a> : phone}</Row>;
}

/** What a register says of a place besides its address: category, SIRET, opening date, dataset. */
export function RegisterRows({ lieu }: { lieu: Lieu }) {
  return (
    <>
      {lieu.category ? <Row label={txt.details.category}>{lieu.category}</Row> : null}
      {lieu.siret ? <Row label={txt.details.siret}>{lieu.siret}</Row> : null}
      {lieu.opened ? <Row label={txt.details.opened}>{formatDate(lieu.opened)}</Row> : null}
      {lieu.source_name ? <Row label={txt.details.dataset}>{lieu.source_name}</Row> : null}
    </>
  );
}
