package org.vigie.intake;

/**
 * A request from a field device refused with an OpenRosa message: the HTTP status, the message key (its
 * arguments never hold an answer of the form) and, for the audit trail, a short reason.
 */
final class IntakeRefused extends RuntimeException {
    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    IntakeRefused(int status, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
