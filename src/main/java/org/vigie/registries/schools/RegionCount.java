package org.vigie.registries.schools;

/** Schools of one region: how many are listed, how many are closed now, and whom those closures affect. */
public record RegionCount(String region, String name, long schools, long closedNow, long girls, long boys, long teachers) {
}
