package org.vigie.search;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.security.Role;

/**
 * One searchable item as a capability describes it: what it is, its text, where the UI shows it and
 * who may see it.
 *
 * <p>{@code visibility} lists the roles allowed to see the document. When {@code institutionId} is
 * set, focal points and validators among those roles see it only if they act for that institution;
 * the other listed roles see it regardless. A capability must not put text into a document that
 * one of the listed roles may not read (an observer never reads identities, so a document naming
 * a victim must not list {@link Role#OBSERVER}).
 *
 * @param kind what the document is, for example {@code incident}; lower case letters, digits and dashes
 * @param id unique within its kind
 * @param language {@code fr}, {@code en} or {@code null} when unknown
 * @param url where the UI shows the document: a path from the application root ({@code /incidents/42});
 *     never a full address, so a result link cannot lead elsewhere or run script
 * @param recordedBy the username of the monitor who recorded the document, who sees it even when
 *     {@code visibility} leaves monitors out (their own restricted incident), or {@code null}
 * @param codedTitle for a document holding free text that roles which do not see identities
 *     ({@link Role#seesIdentities()}) may not read: the title those roles search and see (codes, dates,
 *     places, never free text); {@code null} when every role of {@code visibility} may read all the text
 * @param codedBody the body those roles search and see, with {@code codedTitle}
 */
public record SearchDocument(
        String kind,
        String id,
        String title,
        String body,
        String language,
        String url,
        Set<Role> visibility,
        Long institutionId,
        Instant updatedAt,
        String recordedBy,
        String codedTitle,
        String codedBody) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** Ids are database keys or symbols; the bound keeps the Lucene key term far below its limit. */
    static final int MAX_ID_LENGTH = 512;

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must match " + KIND + ": '" + kind + "'");
        }
        requireNotBlank(id, "id");
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id longer than " + MAX_ID_LENGTH + " characters");
        }
        requireNotBlank(title, "title");
        body = body == null ? "" : body;
        if (language != null && !language.equals("fr") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be fr, en or null: '" + language + "'");
        }
        requireNotBlank(url, "url");
        if (!url.startsWith("/") || url.startsWith("//") || url.contains("\\")) {
            throw new IllegalArgumentException("url must be a path from the application root: '" + url + "'");
        }
        Objects.requireNonNull(visibility, "visibility");
        if (visibility.isEmpty()) {
            throw new IllegalArgumentException("visibility must name at least one role");
        }
        visibility = Set.copyOf(EnumSet.copyOf(visibility));
        Objects.requireNonNull(updatedAt, "updatedAt");
        recordedBy = recordedBy == null || recordedBy.isBlank() ? null : recordedBy;
        if (codedTitle != null) {
            requireNotBlank(codedTitle, "codedTitle");
            codedBody = codedBody == null ? "" : codedBody;
        } else if (codedBody != null) {
            throw new IllegalArgumentException("a coded body needs a coded title");
        }
    }

    /** A document whose text every role of {@code visibility} may read. */
    public SearchDocument(String kind, String id, String title, String body, String language, String url, Set<Role> visibility,
                          Long institutionId, Instant updatedAt, String recordedBy) {
        this(kind, id, title, body, language, url, visibility, institutionId, updatedAt, recordedBy, null, null);
    }

    /** A document seen by the roles of {@code visibility} only. */
    public SearchDocument(String kind, String id, String title, String body, String language, String url, Set<Role> visibility,
                          Long institutionId, Instant updatedAt) {
        this(kind, id, title, body, language, url, visibility, institutionId, updatedAt, null);
    }

    private static void requireNotBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
