import { useEffect, useRef } from 'preact/hooks';
import { acceptWebUrl } from '../domain/accept_web_url.ts';
import { isHypothetical } from '../domain/apply_scenario.ts';
import { compareFr } from '../domain/compare_places.ts';
import { txt } from '../i18n/strings.ts';
import { type Cite, type Commune, type Epci, kindGroupOf, type Lieu } from '../schema.ts';
import { selectLieux } from '../state/derived.ts';
import { nameOfSelection } from '../state/selection_name.ts';
import { type AppStore, actions } from '../state/store.ts';
import { useCoverageModule } from './coverage/coverage_module.ts';
import { formatPopulation } from './format.ts';
import { Row } from './Row.tsx';
import { PlaceSwatch } from './Swatch.tsx';
import { useAppState, useAppStore } from './use_app_state.ts';

function SourceLink({ url, date }: { url: string | null; date: string | null }) {
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
      <Row label={txt.details.sourceDate}>{date ?? txt.details.undated}</Row>
    </>
  );
}

function LieuButton({ lieu }: { lieu: Lieu }) {
  const store = useAppStore();
  return (
    <button type="button" class="lien" onClick={() => actions.select(store, { type: 'lieu', id: lieu.id })}>
      <PlaceSwatch group={kindGroupOf(lieu.kind)} planned={lieu.status === 'planned'} />
      {lieu.nom} <span class="discret">({txt.statuses[lieu.status].toLowerCase()})</span>
    </button>
  );
}

function LieuDetails({ lieu, all }: { lieu: Lieu; all: Lieu[] }) {
  const store = useAppStore();
  const mode = useAppState((s) => s.mode);
  const scenario = useAppState((s) => s.scenario);
  const samePoint = all.filter((l) => l.id !== lieu.id && l.lon === lieu.lon && l.lat === lieu.lat);
  const hypothetical = isHypothetical(lieu);
  const closedByScenario = scenario.closed.includes(lieu.id);
  return (
    <>
      <dl>
        {hypothetical ? <Row label={txt.details.kind}>{txt.details.hypothetical}</Row> : null}
        <Row label={txt.details.kind}>{txt.kinds[lieu.kind] ?? lieu.kind}</Row>
        {lieu.operator ? <Row label={txt.details.operator}>{lieu.operator}</Row> : null}
        <Row label={txt.details.status}>{txt.statuses[lieu.status]}</Row>
        <Row label={txt.details.address}>{lieu.address ?? txt.details.addressUnknown}</Row>
        <Row label={txt.details.commune}>
          {lieu.postcode ? `${lieu.postcode} ` : ''}
          {lieu.commune}
        </Row>
        <Row label={txt.details.precision}>{txt.precisions[lieu.precision]}</Row>
        {lieu.finess ? <Row label={txt.details.finess}>{lieu.finess}</Row> : null}
        <SourceLink url={lieu.source_url || null} date={lieu.source_date} />
      </dl>
      {lieu.aggregate_count && lieu.aggregate_count > 1 ? (
        <p class="avertissement">{txt.details.aggregate(lieu.aggregate_count)}</p>
      ) : null}
      {lieu.evidence ? (
        <figure class="extrait">
          <figcaption>{txt.details.evidence}</figcaption>
          <blockquote>{lieu.evidence}</blockquote>
        </figure>
      ) : null}
      {hypothetical ? (
        <button
          type="button"
          class="bouton"
          onClick={() => {
            actions.setScenario(store, {
              ...scenario,
              added: scenario.added.filter((a) => a.id !== lieu.id),
            });
            actions.select(store, null);
          }}
        >
          {txt.more.removeHypothetical}
        </button>
      ) : mode === 'couverture' ? (
        <button
          type="button"
          class="bouton"
          aria-pressed={closedByScenario}
          onClick={() =>
            actions.setScenario(store, {
              ...scenario,
              closed: closedByScenario
                ? scenario.closed.filter((id) => id !== lieu.id)
                : [...scenario.closed, lieu.id],
            })
          }
        >
          {txt.more.simulateClosure}
        </button>
      ) : null}
      {samePoint.length > 0 ? (
        <>
          <h3>{txt.details.samePlace}</h3>
          <ul class="liste-simple">
            {samePoint.map((l) => (
              <li key={l.id}>
                <LieuButton lieu={l} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function placesIn(lieux: Lieu[], insee: Set<string>): Lieu[] {
  return lieux.filter((l) => insee.has(l.commune_insee)).sort((a, b) => compareFr(a.nom, b.nom));
}

function PlacesList({ lieux }: { lieux: Lieu[] }) {
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

function originButton(store: AppStore, label: string, origin: Parameters<typeof actions.setOrigin>[1]) {
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

function CommuneDetails({
  commune,
  epci,
  lieux,
}: {
  commune: Commune;
  epci: Epci | undefined;
  lieux: Lieu[];
}) {
  const store = useAppStore();
  const cites = useAppState((s) => s.data?.cites ?? []).filter((c) =>
    c.communes_insee.includes(commune.insee),
  );
  // coverage mode's code is loaded with its panel: the distance line appears once it is there
  const coverageModule = useCoverageModule(useAppState((s) => s.mode === 'couverture'));
  return (
    <>
      <dl>
        <Row label={txt.details.population}>{formatPopulation(commune.population)}</Row>
        <Row label={txt.more.postcode}>{commune.postcodes.join(', ')}</Row>
        <Row label={txt.details.epci}>{commune.epci_nom}</Row>
        {epci ? (
          <Row label={txt.details.clsStatus}>
            {txt.cls[epci.cls_statut]}
            {epci.cls_date ? ` (${epci.cls_date})` : ''}
          </Row>
        ) : null}
        {coverageModule ? <coverageModule.CommuneDistanceRow insee={commune.insee} /> : null}
      </dl>
      {originButton(store, txt.details.setOrigin, {
        lon: commune.lon,
        lat: commune.lat,
        label: commune.nom,
        ref: { type: 'commune', id: commune.insee },
        approximate: true,
      })}
      <PlacesList lieux={placesIn(lieux, new Set([commune.insee]))} />
      {cites.length > 0 ? (
        <>
          <h3>{txt.details.citesIn}</h3>
          <ul class="liste-simple">
            {cites.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  class="lien"
                  onClick={() => actions.select(store, { type: 'cite', id: c.id })}
                >
                  {c.nom}
                </button>
                {c.maisons_et_cites ? ' — Maisons & Cités' : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function CiteDetails({ cite }: { cite: Cite }) {
  const store = useAppStore();
  return (
    <>
      <dl>
        <Row label={txt.details.commune}>{cite.commune}</Row>
        {cite.type ? <Row label={txt.details.type}>{cite.type}</Row> : null}
        {cite.compagnie ? <Row label={txt.details.company}>{cite.compagnie}</Row> : null}
        <Row label={txt.details.owner}>{cite.proprietaire ?? txt.more.ownerUnknown}</Row>
        <Row label="Maisons & Cités">{cite.maisons_et_cites ? txt.more.yes : txt.more.no}</Row>
        <Row label={txt.details.source}>{cite.sources.join(', ')}</Row>
      </dl>
      {originButton(store, txt.more.searchFromCite, {
        lon: cite.lon,
        lat: cite.lat,
        label: `${cite.nom} (${cite.commune})`,
        ref: { type: 'cite', id: cite.id },
        approximate: false,
      })}
    </>
  );
}

function EpciDetails({ epci, communes, lieux }: { epci: Epci; communes: Commune[]; lieux: Lieu[] }) {
  const store = useAppStore();
  const members = new Set(communes.filter((c) => c.epci_siren === epci.siren).map((c) => c.insee));
  return (
    <>
      <dl>
        <Row label={txt.details.clsStatus}>{txt.cls[epci.cls_statut]}</Row>
        {epci.cls_libelle ? <Row label="Statut (source)">{epci.cls_libelle}</Row> : null}
        {epci.cls_date ? <Row label={txt.details.clsDate}>{epci.cls_date}</Row> : null}
        {epci.cls_note ? <Row label="Note">{epci.cls_note}</Row> : null}
        <Row label={txt.details.population}>{formatPopulation(epci.population)}</Row>
        <Row label={txt.details.communesCount}>{String(epci.communes_count)}</Row>
        <SourceLink url={epci.cls_source} date={null} />
      </dl>
      <button
        type="button"
        class="bouton"
        onClick={() => {
          actions.setMode(store, 'couverture');
          actions.setTerritory(store, { type: 'epci', siren: epci.siren });
        }}
      >
        Voir la couverture de ce territoire
      </button>
      <PlacesList lieux={placesIn(lieux, members)} />
    </>
  );
}

const useData = () => useAppState((s) => s.data);

/** Details of the selected place, commune, cité or CLS. Escape or the close button closes it. */
export function DetailsPanel() {
  const store = useAppStore();
  const selection = useAppState((s) => s.selection);
  const data = useData();
  const lieux = useAppState(selectLieux);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!selection) return;
    if (!returnFocus.current && document.activeElement instanceof HTMLElement) {
      returnFocus.current = document.activeElement;
    }
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection]);

  const close = () => {
    actions.select(store, null);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
  };

  if (!selection || !data) return null;
  const title = nameOfSelection(selection, data, lieux);
  if (!title) return null;
  const lieu = selection.type === 'lieu' ? lieux.find((l) => l.id === selection.id) : undefined;
  const commune =
    selection.type === 'commune' ? data.communes.find((c) => c.insee === selection.id) : undefined;
  const cite = selection.type === 'cite' ? data.cites.find((c) => c.id === selection.id) : undefined;
  const epci = selection.type === 'epci' ? data.epci.find((e) => e.siren === selection.id) : undefined;
  const kindLabel = txt.more.kindOfSelection[selection.type];
  return (
    <section id="details" class="details" aria-labelledby="details-titre">
      <header>
        <p class="surtitre">{kindLabel}</p>
        <h2 id="details-titre" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <button type="button" class="fermer" aria-label={txt.details.close} onClick={close}>
          ×
        </button>
      </header>
      {lieu ? <LieuDetails lieu={lieu} all={lieux} /> : null}
      {commune ? (
        <CommuneDetails
          commune={commune}
          epci={data.epci.find((e) => e.siren === commune.epci_siren)}
          lieux={lieux}
        />
      ) : null}
      {cite ? <CiteDetails cite={cite} /> : null}
      {epci ? <EpciDetails epci={epci} communes={data.communes} lieux={lieux} /> : null}
    </section>
  );
}
