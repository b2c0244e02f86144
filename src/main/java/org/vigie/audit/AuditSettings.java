package org.vigie.audit;

import java.util.Map;

/**
 * Where the audit trail's secrets and copies come from, besides the keys directory.
 *
 * @param macKey the HMAC key in hexadecimal ({@code VIGIE_AUDIT_KEY}), or null to use {@code keys/audit.key}
 * @param sink   {@code udp://host:port} or a file path that receives a copy of each checkpoint ({@code VIGIE_AUDIT_SINK}), or null
 */
public record AuditSettings(String macKey, String sink) {
    public static final AuditSettings NONE = new AuditSettings(null, null);

    public AuditSettings {
        macKey = macKey == null || macKey.isBlank() ? null : macKey.strip();
        sink = sink == null || sink.isBlank() ? null : sink.strip();
    }

    public static AuditSettings fromEnvironment(Map<String, String> env) {
        return new AuditSettings(env.get("VIGIE_AUDIT_KEY"), env.get("VIGIE_AUDIT_SINK"));
    }
}
