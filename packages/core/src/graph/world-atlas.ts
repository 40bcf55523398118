/**
 * Today's land and borders for the map's faint background: Natural Earth at 1:110 million, as
 * TopoJSON from the world-atlas package (108 KB), imported as a JSON module so that core reads
 * no file. Converted to GeoJSON on first use and kept: the conversion is the same every time.
 */
import type { FeatureCollection, MultiLineString, Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };

type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Today's land and borders as GeoJSON. */
export interface WorldOutlines {
  readonly land: FeatureCollection<Geometry> | Feature<Geometry>;
  /** Borders between today's countries, each drawn once. */
  readonly borders: MultiLineString;
}

let outlines: WorldOutlines | undefined;

/** The land and borders of today, as GeoJSON. */
export function worldOutlines(): WorldOutlines {
  if (!outlines) {
    const world = countries as unknown as World;
    outlines = {
      land: feature(world, world.objects.land),
      borders: mesh(world, world.objects.countries, (a, b) => a !== b),
    };
  }
  return outlines;
}
