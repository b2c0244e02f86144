package org.vigie.errors;

/**
 * A value a person or a file gave that Vigie cannot accept. It names the field (or line and column)
 * and carries a message key with its arguments, so the interface can say it in French or English.
 */
public class InvalidInput extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidInput(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Every fault this refusal carries: itself alone, or all those a form's {@link Faults} gathered. */
    public java.util.List<InvalidInput> all() {
        return java.util.List.of(this);
    }

    /** The same fault under {@code prefix} ({@code victims[1].} + {@code age}), every one when there are several. */
    public InvalidInput under(String prefix) {
        return new InvalidInput(prefix + field, messageKey, args);
    }
}
