package org.vigie;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.vigie.accounts.AccountApi;
import org.vigie.accounts.AccountRoutes;
import org.vigie.accounts.AccountSearchSource;
import org.vigie.accounts.Accounts;
import org.vigie.accounts.AdminRoutes;
import org.vigie.accounts.Authentication;
import org.vigie.accounts.LoginRoutes;
import org.vigie.accounts.TwoFactor;
import org.vigie.audit.AuditEvent;
import org.vigie.audit.AuditRoutes;
import org.vigie.audit.AuditStore;
import org.vigie.config.Config;
import org.vigie.config.DataDirectory;
import org.vigie.config.MissingDataDirectory;
import org.vigie.crypto.EncryptedColumn;
import org.vigie.crypto.FieldCipher;
import org.vigie.crypto.KeyFingerprints;
import org.vigie.crypto.KeyRotation;
import org.vigie.crypto.SecretFiles;
import org.vigie.db.Database;
import org.vigie.db.DatabaseOutage;
import org.vigie.db.SqlFailures;
import org.vigie.desk.Desk;
import org.vigie.desk.DeskRoutes;
import org.vigie.files.DiskWatch;
import org.vigie.files.ImportJobRoutes;
import org.vigie.files.ImportJobs;
import org.vigie.i18n.Messages;
import org.vigie.jobs.Jobs;
import org.vigie.intake.DeviceRoutes;
import org.vigie.intake.FieldDevices;
import org.vigie.intake.FieldIntake;
import org.vigie.intake.IntakeKeys;
import org.vigie.intake.IntakeVersionRoutes;
import org.vigie.intake.IntakeVersions;
import org.vigie.intake.OpenRosaRoutes;
import org.vigie.observatory.evidence.Evidence;
import org.vigie.observatory.forms.XlsFormRoutes;
import org.vigie.observatory.forms.XlsFormWriter;
import org.vigie.observatory.imports.IncidentImports;
import org.vigie.observatory.incidents.IncidentApi;
import org.vigie.observatory.incidents.IncidentRecorder;
import org.vigie.observatory.incidents.IncidentRoutes;
import org.vigie.observatory.incidents.IncidentSearchSource;
import org.vigie.observatory.incidents.Observatory;
import org.vigie.observatory.incidents.Verification;
import org.vigie.observatory.links.RecommendationLinkApi;
import org.vigie.observatory.links.RecommendationLinkRoutes;
import org.vigie.observatory.places.Gazetteer;
import org.vigie.observatory.places.PlaceRoutes;
import org.vigie.observatory.places.Places;
import org.vigie.observatory.victims.VictimApi;
import org.vigie.observatory.victims.VictimChangeRoutes;
import org.vigie.observatory.victims.VictimRoutes;
import org.vigie.observatory.victims.Victims;
import org.vigie.observatory.vocabulary.Vocabulary;
import org.vigie.observatory.vocabulary.VocabularyRoutes;
import org.vigie.observatory.vocabulary.VocabularyTerms;
import org.vigie.platform.Health;
import org.vigie.platform.PlatformRoutes;
import org.vigie.registries.Registries;
import org.vigie.registries.RegistriesApi;
import org.vigie.registries.RegistryRoutes;
import org.vigie.registries.proceedings.ProceedingRoutes;
import org.vigie.registries.reparations.ReparationRoutes;
import org.vigie.registries.schools.SchoolRoutes;
import org.vigie.reports.charts.IncidentMapRoutes;
import org.vigie.reports.documents.ReportJobs;
import org.vigie.reports.documents.ReportRoutes;
import org.vigie.reports.documents.Reports;
import org.vigie.reports.exports.ExportRoutes;
import org.vigie.reports.exports.Exports;
import org.vigie.reports.portal.Portal;
import org.vigie.reports.portal.PublicRoutes;
import org.vigie.reports.portal.Publisher;
import org.vigie.reports.portal.PublicStatistics;
import org.vigie.audit.SigningKey;
import org.vigie.reports.statistics.Statistics;
import org.vigie.reports.statistics.StatisticsApi;
import org.vigie.search.RebuildReport;
import org.vigie.search.SearchIndex;
import org.vigie.search.SearchLag;
import org.vigie.cluster.Cluster;
import org.vigie.cluster.NodeId;
import org.vigie.search.SearchPendingStore;
import org.vigie.search.SearchRoutes;
import org.vigie.search.SearchSource;
import org.vigie.texts.library.TextApi;
import org.vigie.texts.library.TextLibrary;
import org.vigie.texts.library.TextRoutes;
import org.vigie.texts.library.TextSearchSource;
import org.vigie.tracker.followup.ActionRoutes;
import org.vigie.tracker.followup.Actions;
import org.vigie.tracker.followup.DashboardRoutes;
import org.vigie.tracker.followup.AttachmentRoutes;
import org.vigie.tracker.followup.DecisionRoutes;
import org.vigie.tracker.followup.ReportAttachments;
import org.vigie.tracker.followup.Dashboards;
import org.vigie.tracker.followup.FollowUp;
import org.vigie.tracker.followup.FollowUpApi;
import org.vigie.tracker.recommendations.RecommendationSearchSource;
import org.vigie.tracker.recommendations.Tracker;
import org.vigie.tracker.recommendations.TrackerApi;
import org.vigie.tracker.recommendations.TrackerRoutes;
import org.vigie.tracker.reminders.ReminderRoutes;
import org.vigie.tracker.reminders.ReminderDigest;
import org.vigie.tracker.reminders.Reminders;
import org.vigie.tracker.reminders.SmtpMailer;
import org.vigie.web.Resilience;
import org.vigie.web.Views;
import org.vigie.web.WebServer;

/**
 * The composition root: builds every capability from a {@link Config}, once. {@code main}, the
 * command line and the tests all go through {@link #create}.
 */
public final class App implements AutoCloseable {
    public static final String VERSION = App.class.getPackage().getImplementationVersion() == null
            ? "dev" : App.class.getPackage().getImplementationVersion();

    /** A resolution of 20 MB and its form fields. */
    static final long MAX_REQUEST_BYTES = 21L * 1024 * 1024;
    /** The key that signs the public portal's manifests, in the keys directory ({@code publication-signing.json}). */
    public static final String PUBLICATION_KEY = "publication-signing";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(App.class);

    private final Config config;
    private final DataDirectory dataDir;
    private final Database database;
    private final AuditStore audit;
    private final Accounts accounts;
    private final Authentication authentication;
    private final SearchIndex search;
    private final TextLibrary texts;
    private final Tracker tracker;
    private final FollowUp followUp;
    private final ReportAttachments reportAttachments;
    private final Registries registries;
    private final Observatory observatory;
    private final VocabularyTerms vocabularyTerms;
    private final Verification verification;
    private final FieldCipher cipher;
    private final Victims victims;
    private final IncidentImports incidentImports;
    private final IncidentRecorder incidentRecorder;
    private final Reminders reminders;
    private final Reports reports;
    private final WebServer web;
    private final Jobs jobs;
    private final Messages messages;
    private final Publisher publisher;
    private final Portal portal;
    private final FieldDevices fieldDevices;
    private final IntakeKeys intakeKeys;
    private final FieldIntake fieldIntake;
    private final Cluster cluster;
    private boolean started;

    private App(Config config, DataDirectory dataDir, Database database) throws IOException {
        // Beside a running Vigie (dataDir shared) its index and uploads are its own: an index in memory stands in.
        boolean beside = dataDir.shared();
        this.config = config;
        this.dataDir = dataDir;
        this.database = database;
        Clock clock = Clock.systemUTC();
        this.cipher = FieldCipher.load(dataDir.keys().resolve("fields.json"), config.fieldKeyset());
        Messages messages = new Messages();
        this.messages = messages;
        Views views = new Views();
        this.audit = AuditStore.open(database.jdbi(), clock, dataDir.root(), dataDir.keys(), config.audit());
        byte[] csrfKey = SecretFiles.loadOrCreateKey(dataDir.keys().resolve("csrf.key"));
        SigningKey publicationKey = SigningKey.load(dataDir.keys(), PUBLICATION_KEY);
        // Before anything else writes: a node with other keys would write what the other nodes cannot read (issue 18).
        new KeyFingerprints(database.jdbi()).checkOrRecord(List.of(cipher.fingerprint(),
                new KeyFingerprints.Key("csrf", "the CSRF key (keys/csrf.key)", KeyFingerprints.ofSecret(csrfKey)),
                new KeyFingerprints.Key("audit-mac", "the audit key (keys/audit.key or VIGIE_AUDIT_KEY)", audit.keyFingerprint()),
                new KeyFingerprints.Key("audit-signing", "the audit signing key (keys/audit-signing.json)",
                        KeyFingerprints.ofPublic(audit.checkpointPublicKey())),
                new KeyFingerprints.Key("publication-signing", "the publication signing key (keys/" + PUBLICATION_KEY + ".json)",
                        KeyFingerprints.ofPublic(publicationKey.publicKeyset()))), nodeName(dataDir));
        database.whenRecovered(this::recordOutage);
        // Many nodes on one database (issue 18): this node's identity and listener; none beside a running Vigie.
        NodeId node = beside ? null : NodeId.of(dataDir.root());
        this.search = beside ? SearchIndex.inMemory()
                : SearchIndex.open(dataDir.searchIndex(), new SearchPendingStore(database.jdbi(), node.value()));
        this.cluster = beside ? null : new Cluster(database, node, config.host());
        Health health = new Health(database, new DiskWatch(dataDir.root(), config.diskReserveBytes()),
                node == null ? null : () -> nodeHealth(node));
        this.accounts = new Accounts(database.jdbi(), audit, search);
        this.texts = new TextLibrary(database.jdbi(), audit, search);
        this.tracker = new Tracker(database.jdbi(), audit, search, config.state());
        Gazetteer gazetteer = Gazetteer.ochaCodAb2015();
        this.vocabularyTerms = new VocabularyTerms(database.jdbi(), audit, Vocabulary.standard());
        this.observatory = new Observatory(database.jdbi(), audit, search, gazetteer, vocabularyTerms::current, clock);
        this.verification = new Verification(database.jdbi(), audit, observatory::vocabulary);
        Evidence evidence = new Evidence(database.jdbi(), audit, cipher);
        this.followUp = new FollowUp(database.jdbi(), audit, accounts.institutionStore());
        this.reportAttachments = new ReportAttachments(database.jdbi(), audit, cipher, followUp);
        this.registries = new Registries(database.jdbi(), audit, search, cipher, accounts.institutionStore(),
                gazetteer, observatory.references(), clock);
        this.victims = new Victims(database.jdbi(), audit, cipher, clock);
        this.incidentImports = new IncidentImports(database.jdbi(), observatory, victims, clock);
        this.incidentRecorder = new IncidentRecorder(observatory, victims);
        Actions actions = new Actions(database.jdbi(), audit, accounts.institutionStore(), clock);
        Dashboards dashboards = new Dashboards(database.jdbi(), accounts.institutionStore(), tracker, actions);
        this.reminders = new Reminders(database.jdbi(), audit, actions);
        // Reports and the public portal count the recommendations of the State Vigie follows (issue 15, item 8).
        // Heavy reads go to the streaming replica when there is one (DATABASE_REPLICA_URL, issue 18).
        Statistics statistics = new Statistics(database.jdbi(), database.reads(), gazetteer, observatory.vocabulary(), messages, config.state());
        this.reports = new Reports(database.jdbi(), audit, statistics, gazetteer, messages, clock, config.state());
        PublicStatistics publicStatistics = new PublicStatistics(statistics, clock);
        this.publisher = new Publisher(database.jdbi(), publicStatistics, audit, clock, config.state());
        verification.whenPublishedDataChange(publisher::soon);
        this.portal = new Portal(publisher, messages, views::render, publicationKey, clock);
        this.authentication = new Authentication(database.jdbi(), audit, cipher, clock, config.sessionIdle());
        TwoFactor twoFactor = new TwoFactor(database.jdbi(), audit, cipher, clock);
        // Background work goes through the job table, so that any node runs it once (issue 18).
        this.jobs = new Jobs(database.jdbi(), cipher, config.jobs(), Jobs.nodeName());
        java.nio.file.Path uploads = beside ? dataDir.root().resolve("uploads") : dataDir.uploads();
        ImportJobRoutes importJobRoutes = new ImportJobRoutes(new ImportJobs(jobs, id -> accounts.byId(id).principal()), views);
        this.fieldDevices = new FieldDevices(database.jdbi(), accounts, audit, clock);
        this.intakeKeys = new IntakeKeys(database.jdbi(), cipher, audit, clock);
        this.fieldIntake = new FieldIntake(database.jdbi(), intakeKeys, () -> new XlsFormWriter(gazetteer, observatory.vocabulary()),
                incidentImports, incidentRecorder, evidence, audit, messages, cipher, clock);
        IntakeVersions intakeVersions = new IntakeVersions(database.jdbi(), observatory, victims, evidence, verification, audit, clock);
        Desk desk = new Desk(followUp, actions, tracker, observatory, verification, accounts, audit, intakeVersions);
        TrackerRoutes trackerRoutes = new TrackerRoutes(tracker, followUp, actions, texts, accounts, registries, observatory, views, importJobRoutes,
                reportAttachments);
        this.web = new WebServer(
                new WebServer.Settings(config.host(), config.port(), config.trustProxy(), MAX_REQUEST_BYTES, config.demo(), uploads),
                authentication, messages, views,
                csrfKey,
                List.of(new PlatformRoutes(health, accounts::setLanguage, VERSION),
                        new DeskRoutes(desk, views),
                        new LoginRoutes(authentication, views),
                        new AccountRoutes(accounts, authentication, twoFactor, views),
                        new AdminRoutes(accounts, views),
                        new AccountApi(accounts, authentication),
                        new AuditRoutes(audit, views),
                        new SearchRoutes(search, this::searchSources, views),
                        new TextRoutes(texts, views),
                        new TextApi(texts),
                        new DashboardRoutes(dashboards, views),
                        new DecisionRoutes(followUp, reportAttachments, views),
                        new AttachmentRoutes(reportAttachments),
                        new ReminderRoutes(reminders, views),
                        new ActionRoutes(tracker, actions, trackerRoutes),
                        trackerRoutes,
                        new TrackerApi(tracker, followUp, actions),
                        new FollowUpApi(tracker, followUp, actions, dashboards),
                        new ExportRoutes(new Exports(database.jdbi(), audit), statistics, observatory, registries, clock, messages),
                        new RegistryRoutes(registries, views),
                        new SchoolRoutes(registries.schools(), views),
                        new ProceedingRoutes(registries.proceedings(), views),
                        new ReparationRoutes(registries.reparations(), views),
                        new RegistriesApi(registries),
                        new IncidentMapRoutes(observatory, views),
                        new XlsFormRoutes(() -> new XlsFormWriter(gazetteer, observatory.vocabulary())),
                        new IncidentRoutes(observatory, verification, evidence, victims, incidentImports, incidentRecorder, views, importJobRoutes),
                        new IncidentApi(observatory, verification, incidentRecorder),
                        new VictimRoutes(victims, views, observatory::label),
                        new VictimChangeRoutes(victims, views, observatory::label),
                        new PlaceRoutes(new Places(gazetteer), views),
                        new VictimApi(victims),
                        new RecommendationLinkRoutes(observatory, views),
                        new RecommendationLinkApi(observatory),
                        new VocabularyRoutes(vocabularyTerms, views),
                        new PublicRoutes(portal, publicStatistics),
                        new StatisticsApi(statistics, clock, messages),
                        new ReportRoutes(reports, new ReportJobs(jobs, reports, id -> accounts.byId(id).principal()), gazetteer, clock, views),
                        new DeviceRoutes(fieldDevices, accounts, views),
                        new IntakeVersionRoutes(intakeVersions, views),
                        new OpenRosaRoutes(fieldDevices, fieldIntake, messages, MAX_REQUEST_BYTES)),
                new Resilience(health::state, SqlFailures::unavailable, SqlFailures::redacted), desk::tasks);
        if (beside) {
            return;
        }
        // Registered before any rebuild or catching up, so that pruning already counts this node's position.
        cluster.register(config.port());
        RebuildReport relaid = search.rebuildIfLayoutChanged(searchSources());
        if (relaid != null) {
            LOG.info("search: index rebuilt in the layout of this version: {}", relaid);
        }
        int caughtUp = search.catchUp(searchSources());
        if (caughtUp > 0) {
            LOG.info("search: {} changes from the log indexed at start", caughtUp);
        }
        search.follow();
        cluster.onSearchChange(search::wake);
        cluster.housekeeping(stale -> search.queue().prune(stale));
        cluster.onCacheChange("vocabulary", vocabularyTerms::reload);
        cluster.onCacheChange("recommendation-facets", tracker::forgetFacets);
        // Listening from now on, not only once the web server starts: commands that serve nothing still follow.
        cluster.start(config.port());
    }

    /** What {@code /health} says of this node: its identity and how far its search index is behind the log. */
    private static Map<String, Object> nodeHealth(NodeId node, SearchLag lag) {
        Map<String, Object> part = new java.util.LinkedHashMap<>();
        part.put("id", node.toString());
        part.put("search_changes_behind", lag.changesBehind());
        part.put("search_seconds_behind", Math.round(lag.secondsBehind() * 10) / 10.0);
        return part;
    }

    private Map<String, Object> nodeHealth(NodeId node) {
        return nodeHealth(node, search.lag());
    }

    /** The host and data directory of this node, as the key fingerprints it records name it. */
    private static String nodeName(DataDirectory dir) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown host";
        }
        String name = host + ":" + dir.root().toAbsolutePath();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The audit trail keeps each outage of the database, written once it answers again. */
    private void recordOutage(DatabaseOutage outage) {
        audit.record(AuditEvent.of("system", outage.restarted() ? "database.restarted" : "database.reconnected", "", "")
                .with("lost_at", outage.lost().toString())
                .with("downtime_ms", Long.toString(outage.downtime().toMillis()))
                .with("attempts", Integer.toString(outage.attempts()))
                .with("cause", outage.cause()));
    }

    /**
     * Locks the data directory, opens the database and applies migrations, creating the directory and the
     * database when absent ({@code serve}, {@code migrate}, tests); the server is not started.
     */
    public static App create(Config config) throws IOException {
        return build(config, DataDirectory.lock(config.dataDir()));
    }

    /**
     * As {@link #create}, on a data directory and database that must exist ({@link MissingDataDirectory}
     * otherwise) and that no Vigie runs on ({@link org.vigie.config.DataDirectoryInUse}): for the commands
     * that change what a running server holds in memory or on disk.
     */
    public static App open(Config config) throws IOException {
        return build(config, existing(config, DataDirectory.lockExisting(config.dataDir())));
    }

    /**
     * As {@link #open}, or, when a Vigie runs on the data directory, an App beside it on its database: nothing
     * migrated, its index and uploads left alone (see {@link Database#attach}). For commands that read (and
     * append to the audit trail, which the database serialises).
     */
    public static App attach(Config config) throws IOException {
        DataDirectory dir = existing(config, DataDirectory.lockOrShare(config.dataDir()));
        if (!dir.shared()) {
            return build(config, dir);
        }
        Database db = Database.attach(config.database());
        try {
            return new App(config, dir, db);
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static DataDirectory existing(Config config, DataDirectory dir) throws IOException {
        if (!Database.exists(config.database())) {
            dir.close();
            throw new MissingDataDirectory(dir.root(), "it holds no database");
        }
        return dir;
    }

    private static App build(Config config, DataDirectory dir) throws IOException {
        long t0 = System.nanoTime();
        Database db = null;
        try {
            db = Database.open(config.database());
            long t1 = System.nanoTime();
            int migrations = db.migrateIfBehind();
            long t2 = System.nanoTime();
            App app = new App(config, dir, db);
            LOG.info("database ready in {} ms, {} migrations in {} ms, capabilities built in {} ms",
                    (t1 - t0) / 1_000_000, migrations, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            return app;
        } catch (IOException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            dir.close();
            throw e;
        }
    }

    public App start() {
        web.start();
        if (cluster != null) {
            cluster.start(web.port());
        }
        scheduleWork();
        jobs.start();
        started = true;
        return this;
    }

    /**
     * The work every node takes its turn at (issue 18): the portal's publication, the audit checkpoints, the purge
     * of the parts of split field records never completed and, when {@code VIGIE_REMINDERS_EVERY_HOURS} is set, the reminder digests; with many nodes each runs once per period.
     */
    private void scheduleWork() {
        publisher.runThrough(jobs, Publisher.every(System.getenv()));
        jobs.schedule().every("audit.checkpoint", AuditStore.CHECKPOINT_EVERY, audit::checkpoint);
        jobs.schedule().every("intake.parts.purge", java.time.Duration.ofHours(1), fieldIntake::purgeExpiredParts);
        java.time.Duration remindersEvery = config.jobs().remindersEvery();
        if (remindersEvery != null) {
            SmtpMailer.Settings smtp = SmtpMailer.Settings.from(config.jobs().smtp()).orElseThrow(() -> new IllegalArgumentException(
                    "VIGIE_REMINDERS_EVERY_HOURS: the server sends reminders through SMTP; set VIGIE_SMTP_HOST and VIGIE_SMTP_FROM"));
            jobs.register("reminders", run -> "{\"sent\":"
                    + reminders.send(accounts.all(), new ReminderDigest(messages), new SmtpMailer(smtp), "schedule") + "}");
            jobs.schedule().queueEvery("reminders", remindersEvery, "reminders", java.util.Map.of());
        }
    }

    /** The job table of this node: its workers and its turns at scheduled work. */
    public Jobs jobs() {
        return jobs;
    }

    public int port() {
        return web.port();
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public AuditStore audit() {
        return audit;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Authentication authentication() {
        return authentication;
    }

    public Tracker tracker() {
        return tracker;
    }

    public FollowUp followUp() {
        return followUp;
    }

    public ReportAttachments reportAttachments() {
        return reportAttachments;
    }

    public Registries registries() {
        return registries;
    }

    public Observatory observatory() {
        return observatory;
    }

    public VocabularyTerms vocabularyTerms() {
        return vocabularyTerms;
    }

    public Verification verification() {
        return verification;
    }

    /** The publish step of the public portal. */
    public Publisher publisher() {
        return publisher;
    }

    /** The public portal as served, and as {@code vigie publish --out} writes it. */
    public Portal portal() {
        return portal;
    }

    public Reports reports() {
        return reports;
    }

    public Reminders reminders() {
        return reminders;
    }

    public TextLibrary texts() {
        return texts;
    }

    public Victims victims() {
        return victims;
    }

    /** Records an incident with its victims in one transaction (the form, the API). */
    public IncidentRecorder incidentRecorder() {
        return incidentRecorder;
    }

    /** The phones enrolled as ODK Collect or KoboCollect clients (issue 17). */
    public FieldDevices fieldDevices() {
        return fieldDevices;
    }

    /** The key pairs of encrypted forms, rotated by {@code vigie keys rotate}. */
    public IntakeKeys intakeKeys() {
        return intakeKeys;
    }

    /** The field devices' records as they arrive (OpenRosa submissions, split or whole). */
    public FieldIntake fieldIntake() {
        return fieldIntake;
    }

    public IncidentImports incidentImports() {
        return incidentImports;
    }

    /** Every column encrypted with the field keyset, for {@code vigie keys rotate}. */
    public List<EncryptedColumn> encryptedColumns() {
        List<EncryptedColumn> all = new java.util.ArrayList<>(Authentication.encryptedColumns());
        all.addAll(Victims.encryptedColumns());
        all.addAll(Evidence.encryptedColumns());
        all.addAll(IntakeKeys.encryptedColumns());
        all.addAll(FieldIntake.encryptedColumns());
        all.addAll(ReportAttachments.encryptedColumns());
        all.addAll(Jobs.encryptedColumns());
        return all;
    }

    /** The rotation of the field keyset over every encrypted column ({@code vigie keys rotate}). */
    public KeyRotation keyRotation() {
        return new KeyRotation(database.jdbi(), audit, cipher, dataDir.keys().resolve("fields.json"), encryptedColumns());
    }

    /** This node among the others on its database; null beside a running Vigie. */
    public Cluster cluster() {
        return cluster;
    }

    public SearchIndex search() {
        return search;
    }

    /** Every capability's documents, for {@code vigie reindex}. */
    public List<SearchSource> searchSources() {
        List<SearchSource> sources = new java.util.ArrayList<>(List.of(new AccountSearchSource(accounts), new TextSearchSource(texts),
                new RecommendationSearchSource(tracker), new IncidentSearchSource(observatory)));
        sources.addAll(registries.searchSources());
        return List.copyOf(sources);
    }

    public WebServer web() {
        return web;
    }

    @Override
    public void close() throws IOException {
        try {
            if (started) {
                web.stop();
            }
            jobs.close();
            publisher.close();
            if (cluster != null) {
                cluster.close();
            }
            search.close();
            audit.close();
            database.close();
        } finally {
            dataDir.close();
        }
    }
}
