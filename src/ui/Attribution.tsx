import { acceptWebUrl } from '../domain/accept_web_url.ts';
import { txt } from '../i18n/strings.ts';
import { useAppState } from './use_app_state.ts';

/** Sources and licences of every dataset shown, from the build's meta file. */
export function Attribution() {
  const meta = useAppState((s) => s.data?.meta);
  const vintage = useAppState((s) => s.data?.populationVintage);
  return (
    <section class="bloc attribution" aria-labelledby="sources-titre">
      <details>
        <summary>
          <h2 id="sources-titre">{txt.attribution.heading}</h2>
        </summary>
        <ul class="liste-simple">
          {(meta?.attributions ?? []).map((a) => {
            const href = acceptWebUrl(a.url); // a link only for an http(s) address
            return (
              <li key={a.name}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {a.name}
                  </a>
                ) : (
                  a.name
                )}{' '}
                — {a.licence}
              </li>
            );
          })}
          <li>{txt.more.mapRendering}</li>
        </ul>
        {vintage ? <p class="discret">{txt.more.populations(vintage)}</p> : null}
        <p class="discret">{txt.more.inventoryNote}</p>
        <p class="discret">{txt.more.hospitalsNote}</p>
      </details>
    </section>
  );
}
