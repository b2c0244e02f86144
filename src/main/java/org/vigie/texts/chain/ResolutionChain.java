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

    /**
     * The stored text to compare a text with to see what changed since the previous resolution: the nearest earlier
     * member of the chain that Vigie holds in the same language (comparing across languages says nothing).
     */
    public Optional<ChainMember.Expression> previousInVigie(long textId) {
        for (int i = 0; i < members.size(); i++) {
            for (ChainMember.Expression e : members.get(i).texts()) {
                if (e.id() == textId) {
                    return earlier(i, e.language());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ChainMember.Expression> earlier(int index, String language) {
        for (int i = index - 1; i >= 0; i--) {
            Optional<ChainMember.Expression> same = members.get(i).texts().stream()
                    .filter(e -> e.language().equals(language)).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        return Optional.empty();
    }

    public Optional<ChainMember> member(String memberKey) {
        return members.stream().filter(m -> m.key().equals(memberKey)).findFirst();
    }
}
