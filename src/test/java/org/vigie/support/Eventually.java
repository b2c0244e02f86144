package org.vigie.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Waits for what happens in its own time (another thread, another node, a server coming back): asks again and
 * again until the answer is the one awaited, and fails with an {@link AssertionError} naming what was awaited once
 * the limit has passed. It asks about a hundred times within the limit, between 10 ms and 100 ms apart.
 */
public final class Eventually {
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(100);

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails if it still does not after {@code limit}. */
    public static void within(Duration limit, BooleanSupplier condition, String what) {
        await(limit, condition::getAsBoolean, Boolean::booleanValue, what, false);
    }

    /**
     * The first value of {@code value} that {@code reached} accepts; fails with the last value if none did within
     * {@code limit}. An exception from {@code value} or {@code reached} ends the wait: the test fails with it.
     */
    public static <T> T within(Duration limit, Callable<T> value, Predicate<? super T> reached, String what) {
        return await(limit, value, reached, what, true);
    }

    private static <T> T await(Duration limit, Callable<T> value, Predicate<? super T> reached, String what, boolean tellLast) {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = pause(limit).toMillis();
        while (true) {
            T last = call(value, what);
            if (reached.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what + (tellLast ? " (last: " + last + ")" : ""));
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while awaiting " + what, e);
            }
        }
    }

    private static Duration pause(Duration limit) {
        Duration hundredth = limit.dividedBy(100);
        if (hundredth.compareTo(SHORTEST_PAUSE) < 0) {
            return SHORTEST_PAUSE;
        }
        return hundredth.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : hundredth;
    }

    private static <T> T call(Callable<T> value, String what) {
        try {
            return value.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while awaiting " + what, e);
        } catch (Exception e) {
            throw new AssertionError("failed while awaiting " + what + ": " + e, e);
        }
    }
}
