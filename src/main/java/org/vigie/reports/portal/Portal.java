package org.vigie.reports.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.vigie.audit.SigningKey;
import org.vigie.i18n.Messages;

/**
 * The portal as served: the site of the latest published snapshot, made once per snapshot and kept in
 * memory, so that a page is a map look-up. Whether a newer snapshot was published is asked of the database
 * at most once a second; while the database cannot answer, the site already made goes on being served.
 * When nothing was ever published, the first visit publishes.
 */
public final class Portal {
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private final Publisher publisher;
    private final Messages messages;
    private final PortalSite.Templates templates;
    private final SigningKey key;
    private final Clock clock;
    private PortalSite site;
    private Instant checked = Instant.EPOCH;

    public Portal(Publisher publisher, Messages messages, PortalSite.Templates templates, SigningKey key, Clock clock) {
        this.publisher = publisher;
        this.messages = messages;
        this.templates = templates;
        this.key = key;
        this.clock = clock;
    }

    /** The site of the latest snapshot. */
    public synchronized PortalSite site() {
        Instant now = clock.instant();
        if (site != null && now.isBefore(checked.plus(CHECK_EVERY))) {
            return site;
        }
        Optional<SnapshotStore.Stored> latest;
        try {
            latest = publisher.latest();
        } catch (RuntimeException databaseAway) {
            if (site != null) {
                return site;
            }
            throw databaseAway;
        }
        checked = now;
        if (latest.isEmpty()) {
            Publisher.Publication first = publisher.publish("vigie", "schedule");
            site = render(first.id(), first.snapshot());
        } else if (site == null || site.snapshotId() != latest.get().id()) {
            long id = latest.get().id();
            site = render(id, publisher.content(id).orElseThrow());
        }
        return site;
    }

    /** The site of a snapshot, as {@code vigie publish --out} writes it. */
    public PortalSite render(long id, Snapshot snapshot) {
        return PortalSite.render(id, snapshot, messages, templates, key);
    }

    /** The public key that signs the sites' manifests (Tink JSON). */
    public String publicKey() {
        return key.publicKeyset();
    }
}
