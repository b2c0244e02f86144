package org.vigie.accounts;

/** How a login step ended. */
public sealed interface LoginResult {
    /** Logged in: {@code sessionToken} is the new cookie value. */
    record Success(String sessionToken, Account account) implements LoginResult {
    }

    /** The password was right; a one-time code is needed to finish. */
    record SecondFactorNeeded(String pendingToken) implements LoginResult {
    }

    /** Wrong username, password or code; deliberately no more precise than that. */
    record Failed() implements LoginResult {
    }

    /** Too many failures recently: try again later. */
    record Throttled(long minutes) implements LoginResult {
    }
}
