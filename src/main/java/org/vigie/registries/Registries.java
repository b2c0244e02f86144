package org.vigie.registries;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.vigie.accounts.InstitutionStore;
import org.vigie.audit.AuditStore;
import org.vigie.crypto.FieldCipher;
import org.vigie.observatory.links.References;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.registries.proceedings.ProceedingRegistry;
import org.vigie.registries.proceedings.ProceedingStore;
import org.vigie.registries.reparations.ReparationRegistry;
import org.vigie.registries.schools.SchoolRegistry;
import org.vigie.search.SearchDocument;
import org.vigie.search.SearchIndex;
import org.vigie.search.SearchSource;

/** The three registries built together, as {@code App} wires them: closed schools, proceedings, reparation claims. */
public final class Registries {
    private final SchoolRegistry schools;
    private final ProceedingRegistry proceedings;
    private final ReparationRegistry reparations;

    public Registries(Jdbi jdbi, AuditStore audit, SearchIndex search, FieldCipher cipher, InstitutionStore institutions,
                      Gazetteer gazetteer, References references, Clock clock) {
        RegistryAccess access = new RegistryAccess(institutions);
        LinkStore links = new LinkStore(jdbi, references);
        this.schools = new SchoolRegistry(jdbi, audit, search, access, new Places(gazetteer), links, clock);
        this.proceedings = new ProceedingRegistry(jdbi, new ProceedingStore(jdbi, cipher), audit, search, access, links, clock);
        this.reparations = new ReparationRegistry(jdbi, audit, search, links, clock);
    }

    public SchoolRegistry schools() {
        return schools;
    }

    public ProceedingRegistry proceedings() {
        return proceedings;
    }

    public ReparationRegistry reparations() {
        return reparations;
    }

    /** One search source per registry, for {@code vigie reindex}. */
    public List<SearchSource> searchSources() {
        return List.of(new Source(SchoolRegistry.KIND, schools::forEachDocument),
                new Source(ProceedingRegistry.KIND, proceedings::forEachDocument),
                new Source(ReparationRegistry.KIND, reparations::forEachDocument));
    }

    /** A registry's documents, with the visibility each registry gives them (see each {@code document} method). */
    private record Source(String kind, Consumer<Consumer<SearchDocument>> documents) implements SearchSource {
        @Override
        public void forEach(Consumer<SearchDocument> sink) {
            documents.accept(sink);
        }

        /** A registry has no read by key: a batch of changes costs one walk over it, not one per change. */
        @Override
        public java.util.Map<String, List<SearchDocument>> documentsOf(java.util.Collection<String> keys) {
            return SearchSource.byWalking(this, keys);
        }
    }
}
