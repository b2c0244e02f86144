package org.vigie.reports.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigie.audit.SigningKey;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;
import org.vigie.observatory.places.AdminLevel;
import org.vigie.observatory.places.PCode;
import org.vigie.reports.charts.Boundaries;
import org.vigie.reports.charts.ChoroplethMap;
import org.vigie.reports.charts.ClassBreaks;
import org.vigie.reports.portal.Snapshot.PublicRecommendation;
import org.vigie.reports.portal.Snapshot.Table;
import org.vigie.reports.portal.Snapshot.Year;

/**
 * The whole public portal made from one {@link Snapshot}: pages in French and English, the maps, every table
 * as CSV and HXL, the snapshot as JSON, the style sheet and script, the publication's public key and the
 * signed {@code manifest.json}. Vigie serves these very files under {@code /public/}; {@code vigie publish
 * --out DIR} writes them to a folder any web server (or a USB stick) can serve. Every link is relative.
 *
 * <p>Layout: {@code index.html} (the choice of language); {@code fr/} and {@code en/} with {@code index.html}
 * (key figures), {@code statistics-YYYY.html}, {@code map-YYYY.svg}, {@code schools-YYYY.html},
 * {@code recommendations.html} and one page per filter ({@code recommendations-status-implemented.html}),
 * {@code recommendation-ID.html}, {@code data.html}; {@code data/YYYY/<table>.csv} and {@code .hxl.csv},
 * {@code data/recommendations.csv}, {@code data/snapshot.json}.
 */
public final class PortalSite {
    /** Renders a portal template with its parameters. */
    @FunctionalInterface
    public interface Templates {
        String render(String template, Map<String, Object> params);
    }

    /** One file of the site: its bytes, its media type and its entity tag (from its SHA-256). */
    public record SiteFile(String path, byte[] bytes, String contentType, String etag) {
    }

    /** A filter of the recommendations' list: its field, the value's code and its labels. */
    public record Facet(String field, String code, String fr, String en, String file) {
    }

    private static final String HTML = "text/html; charset=utf-8";
    private final Map<String, SiteFile> files;
    private final long snapshotId;

    private PortalSite(Map<String, SiteFile> files, long snapshotId) {
        this.files = Collections.unmodifiableMap(files);
        this.snapshotId = snapshotId;
    }

    /** Every file of the portal of {@code s}, signed with {@code key}. */
    public static PortalSite render(long snapshotId, Snapshot s, Messages messages, Templates templates, SigningKey key) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        Builder b = new Builder(s, messages, templates, out, types);
        b.build();
        out.put("publication-key.json", key.publicKeyset().getBytes(StandardCharsets.UTF_8));
        out.put(SiteManifest.FILE, SiteManifest.of(out, key));
        Map<String, SiteFile> files = new LinkedHashMap<>();
        out.forEach((path, bytes) -> files.put(path, new SiteFile(path, bytes, types.getOrDefault(path, type(path)),
                "\"" + SnapshotStore.sha256(bytes).substring(0, 32) + "\"")));
        return new PortalSite(files, snapshotId);
    }

    public Optional<SiteFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Map<String, SiteFile> files() {
        return files;
    }

    public long snapshotId() {
        return snapshotId;
    }

    /** Writes every file under {@code dir} (made if missing), readable by everyone: it is public. */
    public void writeTo(Path dir) throws IOException {
        for (SiteFile f : files.values()) {
            Path target = dir.resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.write(target, f.bytes());
        }
    }

    static String type(String path) {
        if (path.endsWith(".html")) {
            return HTML;
        } else if (path.endsWith(".svg")) {
            return "image/svg+xml; charset=utf-8";
        } else if (path.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        } else if (path.endsWith(".json")) {
            return "application/json; charset=utf-8";
        } else if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** The filters of the list: each mechanism, cycle, theme, institution and status that some recommendation has. */
    static List<Facet> facets(Snapshot s, Messages messages) {
        List<Facet> out = new ArrayList<>();
        TreeSet<String> mechanisms = new TreeSet<>();
        TreeSet<Integer> cycles = new TreeSet<>();
        TreeSet<String> themes = new TreeSet<>();
        Map<String, Snapshot.Institution> institutions = new TreeMap<>();
        TreeSet<String> statuses = new TreeSet<>();
        for (PublicRecommendation r : s.recommendations()) {
            mechanisms.add(r.mechanism());
            if (r.cycle() != null) {
                cycles.add(r.cycle());
            }
            themes.addAll(r.themes());
            r.institutions().forEach(i -> institutions.put(i.code(), i));
            statuses.add(r.status());
        }
        mechanisms.forEach(m -> out.add(new Facet("mechanism", m, messages.get(Lang.FR, "tracker.mechanism." + m),
                messages.get(Lang.EN, "tracker.mechanism." + m), "recommendations-mechanism-" + m + ".html")));
        cycles.forEach(c -> out.add(new Facet("cycle", c.toString(), messages.get(Lang.FR, "reports.public.cycle", c),
                messages.get(Lang.EN, "reports.public.cycle", c), "recommendations-cycle-" + c + ".html")));
        int n = 0;
        for (String theme : themes) {
            out.add(new Facet("theme", theme, theme, theme, "recommendations-theme-" + ++n + ".html"));
        }
        institutions.values().forEach(i -> out.add(new Facet("institution", i.code(), i.fr(), i.en(),
                "recommendations-institution-" + i.code().toLowerCase(java.util.Locale.ROOT) + ".html")));
        statuses.forEach(st -> out.add(new Facet("status", st, statusLabel(messages, Lang.FR, st), statusLabel(messages, Lang.EN, st),
                "recommendations-status-" + st + ".html")));
        return out;
    }

    /**
     * The year the home page shows: the current one, or the one before while the current year's total of
     * incidents is not published as a number, or is none (early in January, or a quiet year). Decided on published marks
     * alone, so that which year is shown tells nothing more.
     */
    static Year homeYear(Snapshot s) {
        Year current = s.years().get(0);
        boolean shown = current.table("incidents.by_region")
                .map(t -> t.total() != null && !t.total().hidden() && t.total().count() > 0).orElse(false);
        return shown || s.years().size() < 2 ? current : s.years().get(1);
    }

    static String statusLabel(Messages messages, Lang lang, String status) {
        return messages.get(lang, "dropped".equals(status) ? "reports.public.status_dropped" : "tracker.status." + status);
    }

    static Predicate<PublicRecommendation> matching(Facet f) {
        return switch (f.field()) {
            case "mechanism" -> r -> r.mechanism().equals(f.code());
            case "cycle" -> r -> r.cycle() != null && r.cycle().toString().equals(f.code());
            case "theme" -> r -> r.themes().contains(f.code());
            case "institution" -> r -> r.institutions().stream().anyMatch(i -> i.code().equals(f.code()));
            default -> r -> r.status().equals(f.code());
        };
    }

    /** Makes the files of one snapshot. */
    private record Builder(Snapshot s, Messages messages, Templates templates, Map<String, byte[]> out, Map<String, String> types) {

        void build() {
            out.put("index.html", page(Lang.FR, "index.html", "portal/languages.jte"));
            out.put("portal.css", resource("/public/app.css"));
            out.put("portal.js", resource("/public/portal.js"));
            out.put("data/snapshot.json", SnapshotStore.json(s));
            out.put("data/recommendations.csv", PortalData.recommendations(s.recommendations(), false));
            out.put("data/recommendations.hxl.csv", PortalData.recommendations(s.recommendations(), true));
            for (Table t : s.recommendationTables()) {
                out.put("data/" + t.id() + ".csv", PortalData.csv(t, 0, false));
                out.put("data/" + t.id() + ".hxl.csv", PortalData.csv(t, 0, true));
            }
            for (Year y : s.years()) {
                for (Table t : y.tables()) {
                    out.put("data/" + y.year() + "/" + t.id() + ".csv", PortalData.csv(t, y.year(), false));
                    out.put("data/" + y.year() + "/" + t.id() + ".hxl.csv", PortalData.csv(t, y.year(), true));
                }
                List<Table> groups = y.tables().stream().filter(t -> t.id().equals("victims.by_sex") || t.id().equals("victims.by_age_group")).toList();
                out.put("data/" + y.year() + "/victims.by_group.hxl.csv", PortalData.victimsWide(groups, y.year(), true));
            }
            List<Facet> facets = facets(s, messages);
            for (Lang lang : Lang.values()) {
                String dir = lang.code() + "/";
                Year latest = homeYear(s);
                out.put(dir + "index.html", page(lang, "index.html", "portal/home.jte", "year", latest));
                out.put(dir + "data.html", page(lang, "data.html", "portal/data.jte"));
                for (Year y : s.years()) {
                    out.put(dir + "map-" + y.year() + ".svg", map(y, lang));
                    out.put(dir + "statistics-" + y.year() + ".html", page(lang, "statistics-" + y.year() + ".html", "portal/statistics.jte", "year", y));
                    out.put(dir + "schools-" + y.year() + ".html", page(lang, "schools-" + y.year() + ".html", "portal/schools.jte", "year", y));
                }
                out.put(dir + "recommendations.html", page(lang, "recommendations.html", "portal/recommendations.jte",
                        "facets", facets, "facet", null, "list", s.recommendations()));
                for (Facet f : facets) {
                    out.put(dir + f.file(), page(lang, f.file(), "portal/recommendations.jte", "facets", facets, "facet", f,
                            "list", s.recommendations().stream().filter(matching(f)).toList()));
                }
                for (PublicRecommendation r : s.recommendations()) {
                    String file = "recommendation-" + r.id() + ".html";
                    out.put(dir + file, page(lang, file, "portal/recommendation.jte", "r", r));
                }
            }
        }

        private byte[] page(Lang lang, String file, String template, Object... namesAndValues) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("page", new PortalPage(lang, messages, s, file));
            for (int i = 0; i < namesAndValues.length; i += 2) {
                params.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return templates.render(template, params).getBytes(StandardCharsets.UTF_8);
        }

        /**
         * The map of a year: each unit shaded by its count when published as is, in its own shade when published
         * as "fewer than five", hatched only when hidden ({@code x}) or unknown, at the level the year's map
         * table has.
         */
        private byte[] map(Year y, Lang lang) {
            Table t = y.map();
            Map<PCode, Long> values = new LinkedHashMap<>();
            java.util.Set<PCode> small = new java.util.HashSet<>();
            for (Snapshot.Cell c : t.rows()) {
                if (!c.code().matches("ML\\d{2,4}")) {
                    continue;
                }
                if (!c.hidden()) {
                    values.put(PCode.of(c.code()), c.count());
                } else if (Snapshot.Cell.SMALL.equals(c.mark())) {
                    small.add(PCode.of(c.code()));
                }
            }
            AdminLevel level = "adm2".equals(y.mapLevel()) ? AdminLevel.CERCLE : AdminLevel.REGION;
            Boundaries boundaries = Boundaries.of(level);
            Function<String, String> m = key -> messages.get(lang, key);
            String title = messages.get(lang, "reports.figure." + t.id()) + " — " + y.year();
            String description = messages.get(lang, "reports.public.map_level." + y.mapLevel(), String.valueOf(y.year()));
            // Shown counts are 5 or more, or 0 in a year when nobody was counted: zero is a class of its own, and
            // the next starts at the least count shown, not at one.
            List<Long> counted = values.values().stream().filter(v -> v > 0).toList();
            ClassBreaks quantiles = ClassBreaks.quantiles(counted, 4);
            TreeSet<Long> bounds = new TreeSet<>(quantiles.lowerBounds().subList(1, quantiles.lowerBounds().size()));
            counted.stream().min(Long::compare).ifPresent(bounds::add);
            if (values.containsValue(0L)) {
                bounds.add(0L);
            }
            ClassBreaks breaks = bounds.isEmpty() ? quantiles : new ClassBreaks(new ArrayList<>(bounds), quantiles.highest());
            return new ChoroplethMap(title, description, m.apply("reports.unit." + t.unit()), boundaries, values,
                    breaks, lang, small).toSvg().getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] resource(String name) {
            try (InputStream in = PortalSite.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the build: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
