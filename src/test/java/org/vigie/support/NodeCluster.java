package org.vigie.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vigie.App;
import org.vigie.accounts.Account;
import org.vigie.config.Config;
import org.vigie.security.Role;

/**
 * Several Vigie nodes on one PostgreSQL server started apart from them, as a deployment of many nodes runs
 * ({@code DATABASE_URL}). Each node is the real application in this JVM, with a data directory of its own
 * (search index, uploads) and a copy of the first node's {@code keys/} directory: the operator's distribution of
 * keys that docs/scaling.md describes. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final NodeCluster cluster = NodeCluster.of(3);
 * }</pre>
 *
 * <p>The first node creates the schema and the keys; the others start after it. A node stopped with
 * {@link #stop(int)} can be started again with {@link #restart(int)}, on the same data directory (a node
 * catching up). {@link #startNode()} adds a node later.
 */
public final class NodeCluster implements BeforeAllCallback, AfterAllCallback {
    private final int initial;
    private final Map<String, String> env = new HashMap<>();
    private final List<App> nodes = new ArrayList<>();
    private final List<Path> dirs = new ArrayList<>();
    private final List<NodeProcess> processes = new ArrayList<>();
    private Path root;
    private EmbeddedPostgres server;

    private NodeCluster(int initial) {
        this.initial = initial;
    }

    /** {@code n} nodes, started before the class's tests. */
    public static NodeCluster of(int n) {
        return new NodeCluster(n);
    }

    /** Adds {@code key=value} to every node's environment (before the nodes start). */
    public NodeCluster with(String key, String value) {
        env.put(key, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("vigie-cluster-");
        server = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        for (int i = 0; i < initial; i++) {
            startNode();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        processes.forEach(NodeProcess::close);
        try {
            for (App node : nodes) {
                if (node != null) {
                    try {
                        node.close();
                    } catch (Exception e) {
                        throw new IOException("a node did not stop cleanly", e);
                    }
                }
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                delete(root);
            }
        }
    }

    /** Starts one more node on the cluster's database (the first node's keys copied into its data directory); returns its index. */
    public synchronized int startNode() throws IOException {
        Path dir = root.resolve("node-" + dirs.size());
        Files.createDirectories(dir);
        dirs.add(dir);
        nodes.add(null);
        int index = dirs.size() - 1;
        restart(index);
        return index;
    }

    /** Starts node {@code i} again on its own data directory, after {@link #stop(int)}. */
    public synchronized App restart(int i) throws IOException {
        if (nodes.get(i) != null) {
            throw new IllegalStateException("node " + i + " is running");
        }
        if (i > 0) {
            copyKeys(dirs.get(0).resolve("keys"), dirs.get(i).resolve("keys"));
        }
        App app = App.create(config(dirs.get(i))).start();
        nodes.set(i, app);
        return app;
    }

    /**
     * Starts a node as a process of its own ({@code vigie serve}), on a data directory of its own with a copy of the
     * first node's keys and the cluster's environment, so that a test can kill it with SIGKILL. Killed, if still
     * alive, after the class's tests.
     */
    public synchronized NodeProcess startProcess() throws IOException {
        Path dir = root.resolve("process-" + processes.size());
        Files.createDirectories(dir);
        copyKeys(dirs.get(0).resolve("keys"), dir.resolve("keys"));
        Map<String, String> all = new HashMap<>(env);
        all.put("DATABASE_URL", jdbcUrl());
        all.put("DATABASE_USER", "postgres");
        NodeProcess p = NodeProcess.start(dir, all);
        processes.add(p);
        return p;
    }

    /** Stops node {@code i} as an operator would (its data directory is kept). */
    public synchronized void stop(int i) {
        App app = nodes.set(i, null);
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                throw new IllegalStateException("node " + i + " did not stop cleanly", e);
            }
        }
    }

    /** The configuration a node on the data directory {@code dir} gets: the cluster's database, and the extra environment. */
    public Config config(Path dir) {
        Map<String, String> all = new HashMap<>(env);
        all.put("DATABASE_URL", jdbcUrl());
        all.put("DATABASE_USER", "postgres");
        return Config.of(dir, "localhost", 0, false, all);
    }

    /** The data directory of the cluster's PostgreSQL server (for a base backup, {@link StreamingReplica}). */
    public Path serverDataDir() {
        return root.resolve("postgres");
    }

    /** The JDBC address of the cluster's database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    public EmbeddedPostgres server() {
        return server;
    }

    public App node(int i) {
        App app = nodes.get(i);
        if (app == null) {
            throw new IllegalStateException("node " + i + " is stopped");
        }
        return app;
    }

    public int size() {
        return nodes.size();
    }

    public Path dataDir(int i) {
        return dirs.get(i);
    }

    public String base(int i) {
        return TestApp.base(node(i));
    }

    /** Creates an account (through node 0) with {@link TestApp#PASSWORD}. */
    public Account account(String username, Role role) {
        return TestApp.account(node(0), username, role);
    }

    /** A browser-like client of node {@code i}, signed in as {@code username}. */
    public WebClient web(int i, String username) {
        WebClient web = new WebClient(base(i));
        int status = web.login(username, TestApp.PASSWORD).statusCode();
        if (status < 300 || status > 399) {
            throw new IllegalStateException("login as " + username + " on node " + i + " answered " + status);
        }
        return web;
    }

    /** A new, empty data directory beside the nodes', for a node a test builds itself ({@code App.create(cluster.config(dir))}). */
    public Path newDataDir(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    /** Copies node 0's {@code keys/} directory into the data directory {@code dir}: what an operator does for a new node. */
    public void copyKeysTo(Path dir) throws IOException {
        copyKeys(dirs.get(0).resolve("keys"), dir.resolve("keys"));
    }

    /** The configuration of a node on {@code dir} with {@code extra} added to the cluster's environment (or overriding it: another database). */
    public Config config(Path dir, Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(env);
        all.put("DATABASE_URL", jdbcUrl());
        all.put("DATABASE_USER", "postgres");
        all.putAll(extra);
        return Config.of(dir, "localhost", 0, false, all);
    }

    private static void copyKeys(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
