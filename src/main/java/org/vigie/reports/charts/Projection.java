package org.vigie.reports.charts;

/**
 * Longitude and latitude to drawing coordinates: equirectangular, longitudes shrunk by the cosine of the
 * middle latitude so that shapes keep their proportions, fitted into a box and centred.
 */
record Projection(double west, double north, double cosine, double pixelsPerDegree, double left, double top) {

    static Projection fit(Boundaries boundaries, double left, double top, double width, double height) {
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (Boundaries.Unit unit : boundaries.units()) {
            for (var ring : unit.rings()) {
                for (double[] p : ring) {
                    west = Math.min(west, p[0]);
                    east = Math.max(east, p[0]);
                    south = Math.min(south, p[1]);
                    north = Math.max(north, p[1]);
                }
            }
        }
        double cosine = Math.cos(Math.toRadians((north + south) / 2));
        double scale = Math.min(width / ((east - west) * cosine), height / (north - south));
        double offsetX = left + (width - (east - west) * cosine * scale) / 2;
        double offsetY = top + (height - (north - south) * scale) / 2;
        return new Projection(west, north, cosine, scale, offsetX, offsetY);
    }

    double[] apply(double[] lonLat) {
        return new double[] {left + (lonLat[0] - west) * cosine * pixelsPerDegree, top + (north - lonLat[1]) * pixelsPerDegree};
    }
}
