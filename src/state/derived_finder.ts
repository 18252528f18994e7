/**
 * The finder's answer as a resident reads it, decided here (memoized) so the list only renders it: per kind,
 * the nearest places one can go to (open, or status to check) and, apart, the planned ones; for each place the
 * travel advice (walking only up to an hour) and a directions link in the mode that fits; which kinds our
 * inventory may be missing closer care for, with the official directories for the origin's commune.
 */
import { isHypothetical } from '../domain/apply_scenario.ts';
import { type ArrangedNearest, arrangeNearest } from '../domain/arrange_nearest.ts';
import { buildDirectionsUrl } from '../domain/build_directions_url.ts';
import {
  buildDirectoryLinks,
  type DirectoryLinks,
  FAR_KM,
  mayMissCloserCare,
} from '../domain/build_directory_links.ts';
import { buildReportLink } from '../domain/build_report_link.ts';
import { adviseTravel, type TravelAdvice } from '../domain/choose_travel_mode.ts';
import { findNearestCommune } from '../domain/find_nearest_commune.ts';
import { findNearestPlaces } from '../domain/find_nearest_places.ts';
import { formatDistance } from '../domain/format_distance.ts';
import type { NearestPlace, PlaceFilter } from '../domain/types.ts';
import { lang, txt } from '../i18n/strings.ts';
import { KIND_GROUP_IDS, type KindGroup, type Lieu } from '../schema.ts';
import { memoLast, selectLieux } from './derived.ts';
import type { AppState } from './store.ts';
import type { Origin } from './types.ts';

/** How many places of each kind are listed (and how many planned ones under "Bientôt"). */
export const PLACES_PER_KIND = 3;

/** One place of the answer, with what a resident needs to go there. */
export interface FinderResult {
  place: NearestPlace;
  /** the distance is approximate: the place or the origin is only known to its commune */
  approximate: boolean;
  travel: TravelAdvice;
  directionsUrl: string;
}

/** One kind of place in the answer. */
export interface FinderKindAnswer {
  group: KindGroup;
  /** open places (or status to check), nearest first: the first one is "the nearest" */
  available: FinderResult[];
  /**
   * planned places, nearest first, listed apart ("Bientôt") and never as the nearest; only those nearer than
   * the farthest available place listed (or within FAR_KM), since a far project changes nothing for now
   */
  planned: FinderResult[];
  /** the nearest available place is far, approximate or missing: closer care may exist */
  mayMissCloserCare: boolean;
}

export interface FinderAnswer {
  /** the chosen kinds, the one with the nearest available place first (kinds with none last) */
  kinds: FinderKindAnswer[];
  /** the kinds for which our inventory may be missing closer care */
  partialFor: KindGroup[];
  /** the official directories for the origin's commune (null when it cannot be named) */
  directories: (DirectoryLinks & { commune: string }) | null;
}

const filterOf = memoLast(
  (groups: AppState['finderGroups'], includePlanned: boolean): PlaceFilter => ({
    groups,
    includePlanned,
    includeUnknown: true,
  }),
);

const result = (origin: Origin, place: NearestPlace): FinderResult => {
  const travel = adviseTravel(place.distanceKm);
  return {
    place,
    approximate: place.approximate || origin.approximate,
    travel,
    directionsUrl: buildDirectionsUrl(origin, place.lieu, travel.mode),
  };
};

/** The commune a resident's origin is in (or nearest to), to build the directories' search. */
function originCommune(origin: Origin, data: NonNullable<AppState['data']>) {
  if (origin.ref?.type === 'commune') return data.communes.find((c) => c.insee === origin.ref?.id) ?? null;
  if (origin.ref?.type === 'cite') {
    const cite = data.cites.find((c) => c.id === origin.ref?.id);
    const c = cite ? data.communes.find((x) => x.insee === cite.commune_insee) : undefined;
    if (c) return c;
  }
  return findNearestCommune(origin.lon, origin.lat, data.communes);
}

const answer = memoLast(
  (
    origin: AppState['origin'],
    lieux: readonly Lieu[],
    filter: PlaceFilter,
    data: AppState['data'],
  ): FinderAnswer | null => {
    if (!origin || !Number.isFinite(origin.lon) || !data) return null;
    const all = findNearestPlaces([origin.lon, origin.lat], lieux, filter, Number.POSITIVE_INFINITY);
    const kinds = KIND_GROUP_IDS.filter((g) => filter.groups.includes(g)).map((group): FinderKindAnswer => {
      const arranged: ArrangedNearest = arrangeNearest(all[group], PLACES_PER_KIND);
      // a planned place is news only if it is nearer than what is open now (or within FAR_KM)
      const plannedWithin = Math.max(
        FAR_KM,
        arranged.available.at(-1)?.distanceKm ?? Number.POSITIVE_INFINITY,
      );
      return {
        group,
        available: arranged.available.map((p) => result(origin, p)),
        planned: arranged.planned.filter((p) => p.distanceKm <= plannedWithin).map((p) => result(origin, p)),
        mayMissCloserCare: mayMissCloserCare(arranged.available[0]),
      };
    });
    const first = (k: FinderKindAnswer) => k.available[0]?.place.distanceKm ?? Number.POSITIVE_INFINITY;
    kinds.sort((a, b) => first(a) - first(b));
    const partialFor = kinds.filter((k) => k.mayMissCloserCare).map((k) => k.group);
    const commune = partialFor.length > 0 ? originCommune(origin, data) : null;
    return {
      kinds,
      partialFor,
      directories: commune
        ? {
            ...buildDirectoryLinks({ nom: commune.nom, postcode: commune.postcodes[0] ?? null }),
            commune: commune.nom,
          }
        : null,
    };
  },
);

/** The finder's answer from its origin, or null without an origin or data. */
export function selectFinderAnswer(s: AppState): FinderAnswer | null {
  return answer(s.origin, selectLieux(s), filterOf(s.finderGroups, s.includePlanned), s.data);
}

/** A short sentence for screen readers when the answer changes (the list itself is not a live region). */
export function announceAnswer(label: string, answer: FinderAnswer): string {
  const parts = answer.kinds.map((k) => {
    const first = k.available[0];
    return txt.more.labelValue(
      txt.groups[k.group],
      first
        ? `${first.place.lieu.nom}, ${formatDistance(first.place.distanceKm, first.approximate, lang)}`
        : txt.more.none,
    );
  });
  return txt.more.announce(label, parts.join('. '));
}

/** The report-an-error link of a place from the deployment's template, or null (not configured, hypothetical). */
export function reportLinkOf(s: AppState, lieu: Lieu): string | null {
  if (isHypothetical(lieu)) return null;
  return buildReportLink(s.deployment?.reportUrlTemplate ?? null, {
    id: lieu.id,
    nom: lieu.nom,
    source: lieu.source_url,
  });
}
