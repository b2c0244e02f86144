package org.vigie.crypto;

import java.util.regex.Pattern;

/**
 * A column whose values {@link FieldCipher} encrypted with the associated data
 * {@link FieldCipher#context(String, String, long) table.column:id}, the row's {@code id} being its
 * primary key. Capabilities name theirs so that {@link KeyRotation} re-encrypts them all.
 */
public record EncryptedColumn(String table, String column) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public EncryptedColumn {
        if (table == null || !NAME.matcher(table).matches() || column == null || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a table and column name: " + table + "." + column);
        }
    }

    String context(long id) {
        return FieldCipher.context(table, column, id);
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
