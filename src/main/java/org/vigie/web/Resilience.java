package org.vigie.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the web layer needs in order to fail fast and in words, given by the composition root because the
 * web layer knows no database: the state now (read from a cache, never waiting), whether a failure means
 * the database is away, and a stand-in for a failure fit for the log, without the values of any row.
 */
public record Resilience(Supplier<ServiceState> state, Predicate<Throwable> databaseAway,
                         Function<Throwable, Optional<? extends Throwable>> loggable) {

    /** Nothing watched: always healthy, no failure is an outage, every failure logged as it is. */
    public static Resilience none() {
        return new Resilience(ServiceState::healthy, e -> false, e -> Optional.empty());
    }
}
