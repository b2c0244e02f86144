package org.vigie.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Something worth remembering: who did what to which record, from which address. Details are short
 * key-value facts; they never hold request bodies, passwords or tokens, and a key that looks like
 * one is refused.
 *
 * @param actor  the username, or {@code system} / {@code anonymous}
 * @param action a dotted verb such as {@code login.failed}, {@code account.created}, {@code victim.identity.read}
 * @param target the record concerned, such as {@code account:12}, or empty
 */
public record AuditEvent(String actor, String action, String target, String ip, Map<String, String> details) {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|passwd|token|secret|otp|code).*");

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be dotted lower case, got: " + action);
        }
        target = target == null ? "" : target;
        ip = ip == null ? "" : ip;
        details = details == null ? Map.of() : Map.copyOf(new TreeMap<>(details));
        for (String key : details.keySet()) {
            if (SECRET_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("audit details must not carry secrets: " + key);
            }
        }
    }

    public static AuditEvent of(String actor, String action, String target, String ip) {
        return new AuditEvent(actor, action, target, ip, Map.of());
    }

    public AuditEvent with(String key, String value) {
        Map<String, String> d = new TreeMap<>(details);
        d.put(key, value == null ? "" : value);
        return new AuditEvent(actor, action, target, ip, d);
    }
}
