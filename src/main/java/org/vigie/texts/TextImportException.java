package org.vigie.texts;

/**
 * The input cannot be read as a resolution: empty, too large, a PDF without a text layer, an unknown
 * format or a text that is not a resolution. The message is fit to show to the user.
 */
public final class TextImportException extends Exception {

    public TextImportException(String message) {
        super(message);
    }

    public TextImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
