package org.vigie.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigie.errors.InvalidInput;

/**
 * The faults of a refused form as its template shows them: a summary at the top linking to each field, and each
 * message beside its field, referenced by the field's {@code aria-describedby}. A field's element id comes from its
 * path ({@link #id}), so that the template, the summary's links and the messages agree.
 */
public final class FormErrors {
    /** One fault: the field's machine path, its element id, the label a person reads and what is wrong. */
    public record Fault(String field, String id, String label, String message) {
        public String href() {
            return "#" + id;
        }

        /** The id of the message shown beside the field. */
        public String messageId() {
            return id + "-error";
        }
    }

    private static final FormErrors NONE = new FormErrors(List.of(), "", null);
    private final List<Fault> faults;
    private final Map<String, Fault> byId;
    /** Put before every element id, so that two forms of one page with the same fields have distinct ids. */
    private final String prefix;
    /** The form of the page these faults belong to, or null when the page has one form with faults. */
    private final String form;

    private FormErrors(List<Fault> faults, String prefix, String form) {
        this.faults = List.copyOf(faults);
        this.byId = faults.stream().collect(Collectors.toMap(Fault::id, Function.identity(), (a, b) -> a));
        this.prefix = prefix;
        this.form = form;
    }

    public static FormErrors none() {
        return NONE;
    }

    static FormErrors of(InvalidInput refusal, Page page) {
        if (refusal == null) {
            return NONE;
        }
        return new FormErrors(refusal.all().stream()
                .map(f -> new Fault(f.field(), anchor(f.field()), page.label(f.field()), page.t(f.messageKey(), f.args()))).toList(),
                "", null);
    }

    /**
     * These faults as those of the form {@code form} of a page that holds several forms with the same fields (a
     * recommendation's page: a new action, each action, each indicator): every element id is put under
     * {@code form-}, and {@link #form} gives each form of the page its own faults or none.
     */
    public FormErrors refusedIn(String form) {
        String p = FormErrors.id(form) + "-";
        return new FormErrors(faults.stream().map(f -> new Fault(f.field(), p + f.id(), f.label(), f.message())).toList(), p, form);
    }

    /** The faults of the page's form {@code key}: these when it is the refused one, else none, its ids under {@code key-}. */
    public FormErrors form(String key) {
        return key.equals(form) ? this : new FormErrors(List.of(), FormErrors.id(key) + "-", key);
    }

    /** The element id of the field at {@code path} in this form: {@link #id} under the form's prefix, if any. */
    public String elementId(String path) {
        return prefix + id(path);
    }

    /**
     * Where the summary's link for a fault goes: its field's element; a place in an uploaded file ("line 12, column
     * Text"), which no element of the page stands for, goes to the form's file field.
     */
    private static String anchor(String field) {
        return field != null && field.matches("[A-Za-z_][\\w.\\[\\]]*") ? id(field) : "file";
    }

    /**
     * The element id of the field at {@code path}: letters and digits kept, every other run of characters a dash,
     * so that the form's name ({@code victims[0].consent_given_by}) and the check's path
     * ({@code victims[0].consent.given_by}) give the same id, {@code victims-0-consent-given-by}; a one-word name
     * is its own id ({@code pcode}).
     */
    public static String id(String path) {
        String id = path == null ? "" : path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "form" : id;
    }

    public boolean any() {
        return !faults.isEmpty();
    }

    public List<Fault> all() {
        return faults;
    }

    public int count() {
        return faults.size();
    }

    /** The message for the field at {@code path}, or null. */
    public String at(String path) {
        Fault f = byId.get(elementId(path));
        return f == null ? null : f.message();
    }

    /** {@code aria-invalid} for the field at {@code path}: "true" when it has a fault, else null (no attribute). */
    public String invalid(String path) {
        return byId.containsKey(elementId(path)) ? "true" : null;
    }

    /** {@code aria-describedby} for the field at {@code path}: its message's id when it has one, then {@code hints}. */
    public String describedBy(String path, String... hints) {
        Fault f = byId.get(elementId(path));
        String own = f == null ? null : f.messageId();
        String joined = java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(own), java.util.Arrays.stream(hints))
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
