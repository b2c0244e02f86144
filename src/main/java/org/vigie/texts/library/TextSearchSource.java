package org.vigie.texts.library;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchSource;
import org.vigie.security.Role;
import org.vigie.texts.Resolution;

/** Every paragraph of every text, searchable by every role: resolutions are public documents. */
public final class TextSearchSource implements SearchSource {
    static final String KIND = "resolution-paragraph";
    private final TextLibrary library;

    public TextSearchSource(TextLibrary library) {
        this.library = library;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void forEach(Consumer<SearchDocument> sink) {
        for (TextSummary s : library.all()) {
            documents(s, library.resolution(s.id())).forEach(sink);
        }
    }

    /** A text's every paragraph: the search log keys a text's change by the text (V100), not by paragraph. */
    @Override
    public List<SearchDocument> documentsOf(String key) {
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            return List.of();
        }
        try {
            return documents(library.summary(id), library.resolution(id));
        } catch (org.vigie.errors.NotFound e) {
            return List.of();
        }
    }

    static List<SearchDocument> documents(TextSummary s, Resolution r) {
        List<SearchDocument> docs = new ArrayList<>();
        String lang = r.language().name().toLowerCase(Locale.ROOT);
        List<TextView.Row> rows = TextView.rows(r);
        for (TextView.Row row : rows) {
            docs.add(new SearchDocument(KIND, s.id() + ":" + row.anchor(), s.label() + " · " + row.name(), row.text(), lang,
                    "/texts/" + s.id() + "#" + row.anchor(), EnumSet.allOf(Role.class), null,
                    s.importedAt().atOffset(ZoneOffset.UTC).toInstant()));
        }
        return docs;
    }
}
