package org.pharmadist.platform.testserver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open Liberty from the runtime zip unpacked by the build ({@code ear/target/servers/liberty/wlp}),
 * configured with {@code config/liberty/server.xml}, Hibernate and the PostgreSQL driver as server
 * libraries, and the EAR in {@code apps/}. HTTP port 9080 unless {@code HTTP_PORT} is given.
 */
final class LibertyServer implements AppServer {

    /** Server name of the run command; tests use "pharmadist-it" (env SERVER_INSTANCE) so both can run at once. */
    static final String DEFAULT_SERVER = "pharmadist";

    private final Path serversDir;
    private final Path projectRoot;
    private final Path earFile;
    private final Path wlp;
    private String server = DEFAULT_SERVER;
    private Path serverDir;
    private int httpPort = 9080;
    private Map<String, String> env = Map.of();

    LibertyServer(Path serversDir, Path projectRoot, Path earFile) {
        this.serversDir = serversDir;
        this.projectRoot = projectRoot;
        this.earFile = earFile;
        this.wlp = serversDir.resolve("liberty/wlp");
        this.serverDir = wlp.resolve("usr/servers/" + server);
    }

    @Override
    public String name() {
        return "liberty";
    }

    @Override
    public void start(Map<String, String> environment) throws Exception {
        if (!Files.isDirectory(wlp)) {
            throw new IOException("Open Liberty is not unpacked at " + wlp + ": run the Maven build (package phase) first");
        }
        env = new HashMap<>(environment);
        server = env.getOrDefault("SERVER_INSTANCE", DEFAULT_SERVER);
        serverDir = wlp.resolve("usr/servers/" + server);
        httpPort = Integer.parseInt(env.getOrDefault("HTTP_PORT", "9080"));
        Files.createDirectories(serverDir.resolve("apps"));
        Files.copy(projectRoot.resolve("config/liberty/server.xml"), serverDir.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        Processes.copyFiles(serversDir.resolve("liberty-lib/hibernate"), serverDir.resolve("lib/hibernate"));
        Processes.copyFiles(serversDir.resolve("liberty-lib/jdbc"), serverDir.resolve("lib/jdbc"));
        Files.copy(earFile, serverDir.resolve("apps/pharmadist.ear"), StandardCopyOption.REPLACE_EXISTING);
        deleteRecursively(serverDir.resolve("apps/expanded"));
        deleteRecursively(serverDir.resolve("workarea"));
        Files.deleteIfExists(logFile());
        Processes.run(List.of(wlp.resolve("bin/server").toString(), "start", server), wlp, env,
                serversDir.resolve("liberty-launcher.log"), Duration.ofMinutes(3));
        try {
            Processes.awaitHttp(healthUrl().resolve("started"), Duration.ofMinutes(3), 200);
        } catch (IOException notStarted) {
            throw new IOException(notStarted.getMessage() + "; errors in " + logFile() + ":\n" + errorLines(), notStarted);
        }
    }

    /** The error messages (severity E) of messages.log, at most 20, so that a failed start says why. */
    private String errorLines() {
        try (var lines = Files.lines(logFile())) {
            return String.join("\n", lines.filter(l -> l.matches(".* E [A-Z]{4,5}\\d{4}E: .*")).limit(20).toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(could not read it: " + e.getMessage() + ")";
        }
    }

    @Override
    public URI applicationUrl() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    @Override
    public URI healthUrl() {
        return URI.create("http://localhost:" + httpPort + "/health/");
    }

    @Override
    public URI metricsUrl() {
        return URI.create("http://localhost:" + httpPort + "/metrics");
    }

    @Override
    public Path logFile() {
        return serverDir.resolve("logs/messages.log");
    }

    @Override
    public long pid() {
        Path pidFile = wlp.resolve("usr/servers/.pid/" + server + ".pid");
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() throws Exception {
        Processes.run(List.of(wlp.resolve("bin/server").toString(), "stop", server), wlp, env,
                serversDir.resolve("liberty-launcher.log"), Duration.ofMinutes(2));
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
