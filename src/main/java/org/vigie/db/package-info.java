/**
 * The database: {@link org.vigie.db.Database} (embedded PostgreSQL or an external server, the connection pool,
 * Flyway migrations), backups and recovery of a stale embedded server.
 */
package org.vigie.db;
