package org.vigie.texts.chain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The resolutions on one subject in order; named after the one that established the mandate, else its first ({@code unhrc-22-18}). */
public record ResolutionChain(String key, String title, List<ChainMember> members) {

    public ResolutionChain {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        members = List.copyOf(members);
    }

    /** The members Vigie does not hold: the gaps. */
    public List<ChainMember> gaps() {
        return members.stream().filter(m -> !m.inVigie()).toList();
    }

    /** Whether a stored text is in this chain. */
    public boolean holds(long textId) {
        return members.stream().anyMatch(m -> m.texts().stream().anyMatch(e -> e.id() == textId));
    }

    public Optional<ChainMember> member(String memberKey) {
        return members.stream().filter(m -> m.key().equals(memberKey)).findFirst();
    }
}
