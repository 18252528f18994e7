import { fr } from '../i18n/fr.ts';
import { useAppState } from './use_app_state.ts';

/** Sources and licences of every dataset shown, from the build's meta file. */
export function Attribution() {
  const meta = useAppState((s) => s.data?.meta);
  const vintage = useAppState((s) => s.data?.populationVintage);
  return (
    <section class="bloc attribution" aria-labelledby="sources-titre">
      <details>
        <summary>
          <h2 id="sources-titre">{fr.attribution.heading}</h2>
        </summary>
        <ul class="liste-simple">
          {(meta?.attributions ?? []).map((a) => (
            <li key={a.name}>
              {a.url ? (
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.name}
                </a>
              ) : (
                a.name
              )}{' '}
              — {a.licence}
            </li>
          ))}
          <li>Rendu cartographique : MapLibre GL JS (BSD-3), PMTiles (BSD-3).</li>
        </ul>
        {vintage ? <p class="discret">Populations : {vintage}.</p> : null}
        <p class="discret">
          Les lieux de soin sont recensés à la main à partir de pages publiques (une source par lieu) ;
          l’inventaire est incomplet. Les positions marquées « approximative » ne désignent que la commune.
        </p>
      </details>
    </section>
  );
}
