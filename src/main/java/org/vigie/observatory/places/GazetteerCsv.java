package org.vigie.observatory.places;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.vigie.errors.InvalidInput;

/**
 * Reads OCHA's COD-AB attribute tables (one file a level, columns {@code admin1Pcod}, {@code admin1Name},
 * ...) into units, checking that every code has the length of its file's level, that it repeats its
 * parent's code and that the parent was read before it.
 */
final class GazetteerCsv {

    private static final String COMMUNE = " Commune";
    private final String edition;
    private final Map<PCode, AdminUnit> units = new LinkedHashMap<>();

    GazetteerCsv(String edition) {
        this.edition = edition;
    }

    /** Reads one level's file; levels must come in order, regions first. */
    GazetteerCsv read(AdminLevel level, String source, String text) {
        int n = level.ordinal() + 1;
        for (ReferenceCsv.Row row : ReferenceCsv.parse(source, text)) {
            PCode code = code(row, "admin" + n + "Pcod");
            if (code.level() != level) {
                throw row.fault(code + " is not a " + level.name().toLowerCase(Locale.ROOT) + " code");
            }
            if (level != AdminLevel.REGION) {
                PCode declared = code(row, "admin" + (n - 1) + "Pcod");
                if (!code.parent().orElseThrow().equals(declared)) {
                    throw row.fault(code + " does not lie in its declared parent " + declared);
                }
                if (!units.containsKey(declared)) {
                    throw row.fault("parent " + declared + " of " + code + " is unknown");
                }
            }
            AdminUnit unit = new AdminUnit(code, row.required("admin" + n + "Name"), edition);
            if (units.putIfAbsent(code, unit) != null) {
                throw row.fault(code + " appears twice");
            }
        }
        return this;
    }

    /**
     * Gives units their proper French names ({@code pcode,name}, every code already read), keeping their codes; a
     * commune OCHA names as a renamed unit ("Djenne Commune", the cercle's chief town) takes the proper name too.
     */
    GazetteerCsv rename(String source, String text) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.parse(source, text)) {
            PCode code = code(row, "pcode");
            AdminUnit old = units.get(code);
            if (old == null) {
                throw row.fault(code + " is not in the edition it renames");
            }
            renamed.put(old.name(), row.required("name"));
            units.put(code, new AdminUnit(code, row.required("name"), edition));
        }
        units.replaceAll((code, unit) -> {
            if (unit.level() != AdminLevel.COMMUNE) {
                return unit;
            }
            String town = unit.name().endsWith(COMMUNE) ? unit.name().substring(0, unit.name().length() - COMMUNE.length()) : unit.name();
            String proper = renamed.get(town);
            return proper == null ? unit : new AdminUnit(code, proper + unit.name().substring(town.length()), edition);
        });
        return this;
    }

    Map<PCode, AdminUnit> units() {
        return units;
    }

    private static PCode code(ReferenceCsv.Row row, String column) {
        String value = row.required(column);
        try {
            return new PCode(value);
        } catch (InvalidInput e) {
            throw row.fault("invalid P-code " + value + " in " + column);
        }
    }
}
