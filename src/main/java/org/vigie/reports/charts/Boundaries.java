package org.vigie.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;

/**
 * The boundaries of Mali's regions or cercles, read from the simplified OCHA COD-AB GeoJSON shipped in
 * {@code reference/geo/} (see SOURCES.md there): each unit's P-code, name and rings of longitude and latitude.
 */
public record Boundaries(AdminLevel level, List<Unit> units) {

    /** One region or cercle: its outer rings (a unit in several pieces has several) and their holes. */
    public record Unit(PCode code, String name, List<List<double[]>> rings) {
        public Unit {
            rings = List.copyOf(rings);
        }
    }

    public Boundaries {
        units = List.copyOf(units);
    }

    /** The 2015 edition's 9 regions or 50 cercles. */
    public static Boundaries of(AdminLevel level) {
        String file = switch (level) {
            case REGION -> "/reference/geo/mali-adm1.geojson";
            case CERCLE -> "/reference/geo/mali-adm2.geojson";
            case COMMUNE -> throw new IllegalArgumentException("no commune boundaries are shipped");
        };
        try (InputStream in = Boundaries.class.getResourceAsStream(file)) {
            return read(level, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    static Boundaries read(AdminLevel level, JsonNode collection) {
        String prefix = level == AdminLevel.REGION ? "admin1" : "admin2";
        List<Unit> units = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            JsonNode geometry = feature.path("geometry");
            List<List<double[]>> rings = new ArrayList<>();
            if ("Polygon".equals(geometry.path("type").asText())) {
                addPolygon(geometry.path("coordinates"), rings);
            } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
                geometry.path("coordinates").forEach(polygon -> addPolygon(polygon, rings));
            }
            units.add(new Unit(PCode.of(properties.path(prefix + "Pcod").asText()), properties.path(prefix + "Name").asText(), rings));
        }
        return new Boundaries(level, units);
    }

    private static void addPolygon(JsonNode polygon, List<List<double[]>> rings) {
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            ring.forEach(p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
            rings.add(points);
        }
    }
}
