package org.pharmadist.platform.testserver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * WildFly from {@code wildfly-dist} unpacked by the build ({@code ear/target/servers/wildfly/wildfly-39.0.1.Final}),
 * configured with the jboss-cli script {@code config/wildfly/configure.cli} (offline, embed-server, on
 * {@code standalone-ha.xml}), the EAR in the instance's {@code deployments/}. HTTP 8080 (the application,
 * {@code /openapi}); management 9990 (health, Prometheus metrics), both without login.
 *
 * <p>The configuration is applied once per content of the script: the marker file
 * {@code standalone/configuration/pharmadist.configured} records a digest of the script and the driver
 * jar; when either changes, the pristine {@code standalone-ha.xml} (kept beside it on first use) is
 * restored and the script runs again. Data source settings are expressions the server resolves from
 * the {@code PHARMADIST_DB_*} environment at every start, so a configured server follows the
 * environment it is started with.
 *
 * <p>Like {@link LibertyServer}, the environment may name another instance and ports so that the system
 * tests run beside the run command: {@code SERVER_INSTANCE} (default {@code pharmadist}, which uses
 * {@code standalone/}; any other name gets its own base directory {@code instances/<name>} with a copy
 * of the configured {@code standalone/configuration}) and {@code HTTP_PORT} (default 8080), which becomes
 * WildFly's port offset, so management (health, metrics) is at 9990 plus the same offset.
 */
final class WildFlyServer implements AppServer {

    private static final Logger LOG = Logger.getLogger(WildFlyServer.class.getName());
    private static final String CONFIG = "standalone-ha.xml";
    private static final String DEFAULT_INSTANCE = "pharmadist";
    private static final int BASE_HTTP_PORT = 8080;
    private static final int BASE_HTTPS_PORT = 8443;
    private static final int BASE_MANAGEMENT_PORT = 9990;

    private final Path serversDir;
    private final Path projectRoot;
    private final Path earFile;
    private final Path home;
    private String instance = DEFAULT_INSTANCE;
    private Path baseDir;
    private int portOffset;
    private Process process;
    private Map<String, String> env = Map.of();

    WildFlyServer(Path serversDir, Path projectRoot, Path earFile) {
        this.serversDir = serversDir;
        this.projectRoot = projectRoot;
        this.earFile = earFile;
        this.home = serversDir.resolve("wildfly/wildfly-" + System.getProperty("wildfly.version", "39.0.1.Final"));
        this.baseDir = home.resolve("standalone");
    }

    @Override
    public String name() {
        return "wildfly";
    }

    @Override
    public void start(Map<String, String> environment) throws Exception {
        if (!Files.isDirectory(home)) {
            throw new IOException("WildFly is not unpacked at " + home + ": run the Maven build (package phase) first");
        }
        env = new HashMap<>(environment);
        instance = env.getOrDefault("SERVER_INSTANCE", DEFAULT_INSTANCE);
        if (!instance.matches("[A-Za-z0-9_-]{1,23}")) {
            throw new IllegalArgumentException("SERVER_INSTANCE '" + instance + "': letters, digits, - and _, at most 23"
                    + " (it is also the transaction node identifier)");
        }
        portOffset = Integer.parseInt(env.getOrDefault("HTTP_PORT", Integer.toString(BASE_HTTP_PORT))) - BASE_HTTP_PORT;
        if (portOffset < 0) {
            throw new IllegalArgumentException("HTTP_PORT must be at least " + BASE_HTTP_PORT + " (WildFly port offset)");
        }
        for (int port : new int[] {BASE_HTTP_PORT + portOffset, BASE_MANAGEMENT_PORT + portOffset}) {
            if (listening(port)) {
                throw new IOException("port " + port + " is already in use: is another server (WildFly?) still running?");
            }
        }
        configure();
        baseDir = DEFAULT_INSTANCE.equals(instance) ? home.resolve("standalone") : home.resolve("instances/" + instance);
        if (!DEFAULT_INSTANCE.equals(instance)) {
            // Its own configuration (a copy of the configured one), deployments, data, log and tmp.
            Processes.copyFiles(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
            LibertyServer.deleteRecursively(baseDir.resolve("tmp"));
        }
        Path deployments = baseDir.resolve("deployments");
        Files.createDirectories(deployments);
        try (var old = Files.list(deployments)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                if (p.getFileName().toString().startsWith("pharmadist.ear")) {
                    Files.delete(p);
                }
            }
        }
        Files.copy(earFile, deployments.resolve("pharmadist.ear"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(logFile());

        List<String> command = new ArrayList<>();
        // WildFly refuses an empty data source password (WFLYCTL0113): unset means "no password" there
        // (config/wildfly/configure.cli), which is what an empty value means to the embedded PostgreSQL.
        String password = env.getOrDefault("PHARMADIST_DB_PASSWORD", System.getenv("PHARMADIST_DB_PASSWORD"));
        if (password != null && password.isEmpty()) {
            env.remove("PHARMADIST_DB_PASSWORD");
            command.addAll(List.of("/usr/bin/env", "-u", "PHARMADIST_DB_PASSWORD"));
        }
        String nodeName = DEFAULT_INSTANCE.equals(instance) ? "pharmadist-1" : instance;
        command.addAll(List.of(home.resolve("bin/standalone.sh").toString(), "-c", CONFIG,
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.node.name=" + nodeName, "-Djboss.tx.node.id=" + nodeName,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        if (env.containsKey("HTTPS_PORT")) {
            command.add("-Djboss.https.port=" + (Integer.parseInt(env.get("HTTPS_PORT")) - portOffset));
        }
        if (!DEFAULT_INSTANCE.equals(instance)) {
            // A cluster of its own, and static members where its own JGroups port is (7600 + offset).
            command.addAll(List.of("-Dpharmadist.cluster.name=" + instance,
                    "-Dpharmadist.cluster.member1.port=" + (7600 + portOffset),
                    "-Dpharmadist.cluster.member2.port=" + (7700 + portOffset)));
        }
        Path consoleLog = serversDir.resolve("wildfly-" + instance + "-console.log");
        Files.deleteIfExists(consoleLog);
        process = Processes.start(command, home, env, consoleLog);
        Duration timeout = Duration.ofMinutes(4);
        long deadline = System.nanoTime() + timeout.toNanos();
        // Startup turns UP once the server and the EAR are deployed (the application's own started check
        // included). Fail at once if the server process died rather than waiting for the timeout.
        while (true) {
            try {
                Processes.awaitHttp(healthUrl().resolve("started"), Duration.ofSeconds(5), 200);
                break;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("WildFly exited with " + process.exitValue() + " during start (see " + consoleLog + ")");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("WildFly did not report started within " + timeout + ": " + notYet.getMessage()
                            + " (see " + logFile() + ")");
                }
            }
        }
        // The application answers (any of its answers: signed out, not found, database not ready yet).
        Processes.awaitHttp(applicationUrl().resolve("api/v1/openapi-probe"), Duration.ofMinutes(2),
                200, 302, 303, 401, 403, 404, 503);
    }

    /** Runs config/wildfly/configure.cli offline unless this exact script (and driver) configured the server already. */
    private void configure() throws IOException, InterruptedException {
        Path script = projectRoot.resolve("config/wildfly/configure.cli");
        Path driver = postgresqlJar();
        Path configDir = home.resolve("standalone/configuration");
        Path config = configDir.resolve(CONFIG);
        Path pristine = configDir.resolve(CONFIG + ".pristine");
        Path marker = configDir.resolve("pharmadist.configured");
        String digest = digest(Files.readString(script) + "\n" + driver.getFileName());
        String wanted = "configured by " + getClass().getName() + " from " + script + " sha256=" + digest + "\n";
        if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
            return;
        }
        if (!Files.exists(pristine) && !Files.exists(marker)) {
            Files.copy(config, pristine);
        }
        if (Files.exists(pristine)) {
            Files.copy(pristine, config, StandardCopyOption.REPLACE_EXISTING);
            LibertyServer.deleteRecursively(configDir.resolve("standalone_xml_history"));
        }
        Files.deleteIfExists(marker);
        LOG.info("Configuring WildFly with " + script + " (log: " + serversDir.resolve("wildfly-cli.log") + ")");
        Processes.run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--file=" + script,
                "-Dpostgresql.jar=" + driver), home, env, serversDir.resolve("wildfly-cli.log"), Duration.ofMinutes(5));
        Files.writeString(marker, wanted);
    }

    private Path postgresqlJar() throws IOException {
        Path dir = serversDir.resolve("liberty-lib/jdbc");
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("postgresql-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IOException("no postgresql-*.jar in " + dir + ": run the Maven build first"));
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public URI applicationUrl() {
        return URI.create("http://localhost:" + (BASE_HTTP_PORT + portOffset) + "/");
    }

    @Override
    public URI healthUrl() {
        return URI.create("http://localhost:" + (BASE_MANAGEMENT_PORT + portOffset) + "/health/");
    }

    @Override
    public URI metricsUrl() {
        return URI.create("http://localhost:" + (BASE_MANAGEMENT_PORT + portOffset) + "/metrics");
    }

    @Override
    public Path logFile() {
        return baseDir.resolve("log/server.log");
    }

    @Override
    public long pid() {
        return serverJvm().map(ProcessHandle::pid).orElse(process == null ? -1 : process.pid());
    }

    /** The WildFly JVM: a child of standalone.sh. */
    private Optional<ProcessHandle> serverJvm() {
        if (process == null) {
            return Optional.empty();
        }
        return process.toHandle().descendants().filter(h -> h.info().command().orElse("").endsWith("java")).findFirst();
    }

    /**
     * Stops WildFly: a graceful {@code :shutdown} through the management interface, then SIGTERM to the
     * JVM (WildFly's shutdown hook stops it cleanly too) if that did not work, and a kill as last resort.
     * Works when Ctrl-C already reached the server (same process group) and it is stopping on its own.
     */
    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        Optional<ProcessHandle> jvm = serverJvm();
        if (process.isAlive()) {
            try {
                Processes.run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--connect",
                        "--controller=localhost:" + (BASE_MANAGEMENT_PORT + portOffset), "--timeout=10000",
                        "command=:shutdown"), home, env, serversDir.resolve("wildfly-cli.log"), Duration.ofSeconds(45));
            } catch (IOException e) {
                LOG.info("management shutdown did not answer (" + e.getMessage() + "); stopping the JVM with SIGTERM");
                jvm.ifPresent(ProcessHandle::destroy);
            }
        }
        if (!process.waitFor(45, TimeUnit.SECONDS)) {
            jvm.ifPresent(ProcessHandle::destroy);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warning("WildFly did not stop within 75 s: killing it");
                jvm.ifPresent(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        if (jvm.isPresent() && !jvm.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).thenApply(h -> h != null).get()) {
            jvm.get().destroyForcibly();
        }
        process = null;
    }
}
