package org.vigie.web;

/** The database is away: the request is answered at once with 503 and {@code Retry-After}, not after a wait. */
final class ServiceUnavailable extends RuntimeException {
    ServiceUnavailable() {
        super("database unavailable", null, false, false);
    }
}
