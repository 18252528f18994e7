/**
 * Lays out the printed profile's schematic map (a WebGL canvas does not print reliably): each commune a dot at
 * its centre, sized by population (area ∝ population, radius 2 to 12 units), hypothetical centres as squares, in
 * a box of `width` × `height` units. Plate carrée scaled by the cosine of the mean latitude (the error is far
 * below a dot at the scale of a territory), with `padDeg` degrees around the communes. Pure.
 */

export interface PrintMapCommune {
  insee: string;
  lon: number;
  lat: number;
  population: number;
  /** the coverage class the dot is coloured with */
  classe: number;
}

export interface PrintMapLayout {
  width: number;
  height: number;
  dots: { insee: string; x: number; y: number; r: number; classe: number }[];
  squares: { id: string; x: number; y: number }[];
}

export function layoutPrintMap(
  communes: readonly PrintMapCommune[],
  centres: readonly { id: string; lon: number; lat: number }[],
  box: { width: number; height: number; padDeg: number },
): PrintMapLayout | null {
  if (communes.length === 0) return null;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let maxPopulation = 1;
  for (const c of communes) {
    west = Math.min(west, c.lon);
    east = Math.max(east, c.lon);
    south = Math.min(south, c.lat);
    north = Math.max(north, c.lat);
    maxPopulation = Math.max(maxPopulation, c.population);
  }
  west -= box.padDeg;
  east += box.padDeg;
  south -= box.padDeg;
  north += box.padDeg;
  const k = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const scale = Math.min(box.width / ((east - west) * k), box.height / (north - south));
  const x = (lon: number) => (lon - west) * k * scale;
  const y = (lat: number) => (north - lat) * scale;
  return {
    width: box.width,
    height: box.height,
    dots: communes.map((c) => ({
      insee: c.insee,
      x: x(c.lon),
      y: y(c.lat),
      r: 2 + 10 * Math.sqrt(c.population / maxPopulation),
      classe: c.classe,
    })),
    squares: centres.map((a) => ({ id: a.id, x: x(a.lon), y: y(a.lat) })),
  };
}
