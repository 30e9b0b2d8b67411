package org.pharmadist.platform.testserver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WildFly from {@code wildfly-dist} unpacked by the build ({@code ear/target/servers/wildfly/wildfly-39.0.1.Final}),
 * configured once with the jboss-cli scripts in {@code config/wildfly/} (offline, embed-server), the EAR
 * in {@code standalone/deployments}. HTTP 8080, management (health, metrics) 9990.
 */
final class WildFlyServer implements AppServer {

    private final Path serversDir;
    private final Path projectRoot;
    private final Path earFile;
    private final Path home;
    private Process process;
    private Map<String, String> env = Map.of();

    WildFlyServer(Path serversDir, Path projectRoot, Path earFile) {
        this.serversDir = serversDir;
        this.projectRoot = projectRoot;
        this.earFile = earFile;
        this.home = serversDir.resolve("wildfly/wildfly-" + System.getProperty("wildfly.version", "39.0.1.Final"));
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
        Path configured = home.resolve("standalone/configuration/pharmadist.configured");
        if (!Files.exists(configured)) {
            List<String> cli = new ArrayList<>(List.of(home.resolve("bin/jboss-cli.sh").toString(),
                    "--file=" + projectRoot.resolve("config/wildfly/configure.cli"),
                    "--properties=" + projectRoot.resolve("config/wildfly/configure.properties")));
            cli.add("-Dpostgresql.jar=" + serversDir.resolve("liberty-lib/jdbc").toFile().listFiles()[0]);
            Processes.run(cli, home, env, serversDir.resolve("wildfly-cli.log"), Duration.ofMinutes(5));
            Files.writeString(configured, "configured by " + getClass().getName());
        }
        Path deployments = home.resolve("standalone/deployments");
        try (var old = Files.list(deployments)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                if (p.getFileName().toString().startsWith("pharmadist.ear")) {
                    Files.delete(p);
                }
            }
        }
        Files.copy(earFile, deployments.resolve("pharmadist.ear"), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(logFile());
        process = Processes.start(List.of(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-ha.xml",
                "-Djboss.node.name=pharmadist-1", "-Djboss.tx.node.id=pharmadist-1"), home, env,
                serversDir.resolve("wildfly-console.log"));
        Processes.awaitHttp(healthUrl().resolve("started"), Duration.ofMinutes(4), 200);
        Processes.awaitHttp(applicationUrl().resolve("api/v1/openapi-probe"), Duration.ofMinutes(2), 404, 503, 200);
    }

    @Override
    public URI applicationUrl() {
        return URI.create("http://localhost:8080/");
    }

    @Override
    public URI healthUrl() {
        return URI.create("http://localhost:9990/health/");
    }

    @Override
    public URI metricsUrl() {
        return URI.create("http://localhost:9990/metrics");
    }

    @Override
    public Path logFile() {
        return home.resolve("standalone/log/server.log");
    }

    @Override
    public long pid() {
        return process == null ? -1 : process.toHandle().descendants().filter(h -> h.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        Processes.run(List.of(home.resolve("bin/jboss-cli.sh").toString(), "--connect", "command=:shutdown"), home, env,
                serversDir.resolve("wildfly-cli.log"), Duration.ofMinutes(2));
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
