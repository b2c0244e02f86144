package org.vigie.texts;

import java.util.Locale;
import java.util.ResourceBundle;
import org.vigie.i18n.Lang;
import org.vigie.i18n.Messages;

/**
 * The input cannot be read as a resolution: empty, too large, a PDF without a text layer, an unknown
 * format or a text that is not a resolution. It carries a message key and its arguments, so the web
 * and the API say it in the reader's language; {@link #getMessage()} is the English wording, which the
 * command line prints.
 */
public final class TextImportException extends Exception {
    private static final Messages MESSAGES = new Messages();
    private final String messageKey;
    private final transient Object[] args;

    public TextImportException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public TextImportException(Throwable cause, String messageKey, Object... args) {
        super(MESSAGES.get(Lang.EN, messageKey, args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The key of the message in the bundles ({@code texts.error.empty}). */
    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
