package org.vigie.crypto;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Reads and rewrites the values of an {@link EncryptedColumn}. Table and column names come from the
 * code (checked by {@link EncryptedColumn}), never from input, so they are written into the SQL.
 */
final class EncryptedColumnStore {

    /** The ids of the rows holding a value, locked until the transaction ends. */
    List<Long> lockIds(Handle h, EncryptedColumn c) {
        return h.createQuery("SELECT id FROM " + c.table() + " WHERE " + c.column() + " IS NOT NULL ORDER BY id FOR UPDATE")
                .mapTo(Long.class).list();
    }

    byte[] value(Handle h, EncryptedColumn c, long id) {
        return h.createQuery("SELECT " + c.column() + " FROM " + c.table() + " WHERE id = :id").bind("id", id)
                .mapTo(byte[].class).one();
    }

    void update(Handle h, EncryptedColumn c, long id, byte[] value) {
        h.createUpdate("UPDATE " + c.table() + " SET " + c.column() + " = :v WHERE id = :id").bind("v", value).bind("id", id).execute();
    }
}
