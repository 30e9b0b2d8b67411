package org.pharmadist.platform.testserver;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.pharmadist.sales.application.QuotationPlans;
import org.pharmadist.tools.dataset.Scale;
import org.pharmadist.tools.dataset.ScaleDataGenerator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark (issue 8), one command: {@code ./mvnw -Pbenchmark -pl ear -am package -DskipTests
 * -Dbench.scale=S|M|L}. It starts an embedded PostgreSQL, migrates it (Flyway), loads the deterministic scale data
 * (seed 42) by COPY, times the raw SQL of the quotation list and detail (EXPLAIN ANALYZE, best of three), starts Open
 * Liberty with the EAR (demo users on top of the scale data), then runs Gatling ({@code org.pharmadist.benchmark
 * .ApiSimulation}) per scenario and load: model (a) closed, N users pausing 1 s; model (b) open, rising arrival rates
 * of the mixed read workload until p95 exceeds 50 ms. It records server RSS and heap after a full GC, the payload with
 * and without gzip, and writes {@code docs/benchmarks.md} with PNG charts in {@code docs/benchmarks/}.
 *
 * <p>System properties: {@code bench.scale} (S), {@code bench.duration} seconds per run (30), {@code bench.users}
 * (10,100,500), {@code bench.rates} (100,200,400,800,1200,1600,2000), {@code bench.scenarios} (all).
 */
public final class BenchmarkRun {

    static final List<String> ALL_SCENARIOS = List.of("quotation-list", "quotation-detail", "me", "dashboard", "product-search",
            "stock-by-lot", "login", "order-create");
    /** The request of each scenario whose times are reported (login: the POST, not the page before it). */
    static final Map<String, String> REQUEST = Map.of("quotation-list", "quotation list", "quotation-detail", "quotation detail",
            "me", "me", "dashboard", "dashboard", "product-search", "product search", "stock-by-lot", "stock by lot",
            "login", "login", "order-create", "order create", "mixed", "All Requests");

    /** Figures of one Gatling run for one request name. */
    record Figures(String scenario, String model, int load, long requests, long errors, double p50, double p95, double p99,
            double max, double throughput) { }

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        Path serversDir = Path.of(System.getProperty("servers.dir"));
        Path ear = Path.of(System.getProperty("ear.file"));
        Scale scale = Scale.parse(System.getProperty("bench.scale", "S"));
        int duration = Integer.getInteger("bench.duration", 30);
        List<Integer> users = ints(System.getProperty("bench.users", "10,100,500"));
        List<Integer> rates = ints(System.getProperty("bench.rates", "100,200,400,800,1200,1600,2000"));
        List<String> scenarios = Arrays.asList(System.getProperty("bench.scenarios", String.join(",", ALL_SCENARIOS)).split(","));
        Path docs = root.resolve("docs");
        Path charts = docs.resolve("benchmarks");
        Files.createDirectories(charts);
        Path results = root.resolve("ear/target/gatling");
        Instant started = Instant.now();
        StringBuilder notes = new StringBuilder();

        log("embedded PostgreSQL for scale " + scale.name());
        try (EmbeddedDatabase db = EmbeddedDatabase.start(root.resolve(".pharmadist/bench-postgres"), true, 0)) {
            String dbName = "pharmadist_bench";
            db.createDatabase(dbName, true);
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl("jdbc:postgresql://localhost:" + db.port() + "/" + dbName);
            ds.setUser(EmbeddedDatabase.USER);
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            Map<String, Long> counts;
            try (Connection c = ds.getConnection()) {
                new ScaleDataGenerator(scale, 42, ScaleDataGenerator.DEFAULT_AS_OF, line -> log("[dataset] " + line)).load(c);
                counts = ScaleDataGenerator.counts(c);
            }
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            log(String.format("loaded %s in %.1f s: %s", scale.name(), loadSeconds, counts));

            // raw SQL of the quotation list (first page, 50) and detail, the same statements the service runs
            Map<String, Double> rawSql = rawSql(ds);
            long detailId = Math.round(rawSql.getOrDefault("detailId", 1.0));
            log("raw SQL: " + rawSql);

            AppServer server = AppServer.named("liberty", serversDir, root, ear);
            Map<String, String> env = new HashMap<>(Map.of("PHARMADIST_DB_HOST", "localhost", "PHARMADIST_DB_PORT",
                    Integer.toString(db.port()), "PHARMADIST_DB_NAME", dbName, "PHARMADIST_DB_USER", EmbeddedDatabase.USER,
                    "PHARMADIST_DB_PASSWORD", "", "PHARMADIST_DEMO_DATA", "true", "HTTP_PORT",
                    Integer.toString(EmbeddedDatabase.freePort()), "HTTPS_PORT", Integer.toString(EmbeddedDatabase.freePort()),
                    "SERVER_INSTANCE", "bench"));
            server.start(env);
            try {
                Processes.awaitHttp(server.healthUrl().resolve("ready"), Duration.ofMinutes(10), 200);
                String base = server.applicationUrl().toString().replaceAll("/$", "");
                String token = token(db, dbName, DemoUsers.username("MANAGER"));
                List<String> ndcs = column(ds, "SELECT p.ndc11 FROM product p WHERE EXISTS (SELECT 1 FROM stock_balance b "
                        + "WHERE b.product_id = p.id AND b.on_hand > 0) AND p.dea_schedule IS NULL ORDER BY p.id LIMIT 300");
                List<String> customers = column(ds, "SELECT c.id::text FROM crm_customer c WHERE EXISTS (SELECT 1 FROM crm_license l "
                        + "WHERE l.customer_id = c.id) ORDER BY c.id LIMIT 300");
                long quotations = counts.getOrDefault("sales_quotation", 1L);
                Map<String, String> common = new LinkedHashMap<>(Map.of("bench.baseUrl", base, "bench.token", token,
                        "bench.username", DemoUsers.username("MANAGER"), "bench.password", DemoUsers.password("MANAGER"),
                        "bench.quotationIds", Long.toString(quotations), "bench.ndcs", String.join(",", ndcs),
                        "bench.customers", String.join(",", customers)));
                Map<String, Long> gzip = gzip(base, token, detailId);
                double hashMs = passwordHashMillis();

                log("warm-up (not reported)");
                gatling(results, common, "mixed", "closed", 20, Math.max(10, duration / 2));
                gatling(results, common, "me", "closed", 10, 10);

                List<Figures> closed = new ArrayList<>();
                List<String> memory = new ArrayList<>();
                for (int n : users) {
                    for (String s : scenarios) {
                        closed.add(gatling(results, common, s, "closed", n, duration));
                    }
                    memory.add(memory(server, "after the closed-model runs with " + n + " users"));
                }
                List<Figures> open = new ArrayList<>();
                Path jfr = results.resolve("server-open-model.jfr");
                run("jcmd", Long.toString(server.pid()), "JFR.start", "name=bench", "settings=profile", "filename=" + jfr);
                for (int rate : rates) {
                    Figures f = gatling(results, common, "mixed", "open", rate, duration);
                    open.add(f);
                    if (f.p95() > 50 || f.errors() > f.requests() / 100) {
                        break;
                    }
                }
                run("jcmd", Long.toString(server.pid()), "JFR.stop", "name=bench");
                notes.append(profile(jfr));
                memory.add(memory(server, "at the end"));
                Map<String, String> dbTime = databaseTime(ds);
                charts(charts, closed, open, users);
                Files.writeString(docs.resolve("benchmarks.md"), report(scale, counts, loadSeconds, rawSql, detailId, closed, open,
                        memory, gzip, hashMs, dbTime, duration, started, users, notes.toString()));
                log("wrote " + docs.resolve("benchmarks.md"));
            } finally {
                server.close();
            }
        }
    }

    // ---------------------------------------------------------------- Gatling

    static Figures gatling(Path results, Map<String, String> common, String scenario, String model, int load, int seconds)
            throws IOException {
        common.forEach(System::setProperty);
        System.setProperty("bench.scenario", scenario);
        System.setProperty("bench.model", model);
        System.setProperty("bench.users", Integer.toString(load));
        System.setProperty("bench.rate", Integer.toString(load));
        System.setProperty("bench.duration", Integer.toString(seconds));
        Files.createDirectories(results);
        List<Path> before;
        try (Stream<Path> s = Files.list(results)) {
            before = s.toList();
        }
        log("gatling: " + scenario + ", " + model + " " + load + (model.equals("open") ? " req/s" : " users") + ", " + seconds + " s");
        io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", "org.pharmadist.benchmark.ApiSimulation",
            "--results-folder", results.toString(), "--run-description", scenario + " " + model + " " + load});
        Path run;
        try (Stream<Path> s = Files.list(results)) {
            run = s.filter(p -> !before.contains(p)).findFirst().orElseThrow(() -> new IllegalStateException("no Gatling report"));
        }
        Figures f = figures(run.resolve("js/stats.js"), scenario, model, load);
        log(String.format("  -> %d requests, %d errors, p50 %.0f p95 %.0f p99 %.0f max %.0f ms, %.1f req/s", f.requests(),
                f.errors(), f.p50(), f.p95(), f.p99(), f.max(), f.throughput()));
        return f;
    }

    /**
     * Figures of the request a scenario reports, from the HTML report's {@code js/stats.js}: Gatling 3.13 writes
     * {@code var stats = {type: "GROUP", name: "All Requests", stats: {...}, contents: {"req_...": {...}}}} (bare
     * keys outside the inner statistics; numbers as padded strings with thousands separators, "-" for none).
     */
    static Figures figures(Path statsJs, String scenario, String model, int load) throws IOException {
        JsonObject all;
        try (JsonReader r = Json.createReader(new StringReader(statsObject(Files.readString(statsJs))))) {
            all = r.readObject();
        }
        JsonObject stats = all.getJsonObject("stats");
        String wanted = REQUEST.get(scenario);
        if (!"All Requests".equals(wanted) && all.containsKey("contents")) {
            for (JsonValue v : all.getJsonObject("contents").values()) {
                JsonObject o = v.asJsonObject();
                if (wanted.equals(o.getString("name", ""))) {
                    stats = o.getJsonObject("stats");
                }
            }
        }
        return new Figures(scenario, model, load, (long) num(stats, "numberOfRequests", "total"),
                (long) num(stats, "numberOfRequests", "ko"), num(stats, "percentiles1", "total"), num(stats, "percentiles3", "total"),
                num(stats, "percentiles4", "total"), num(stats, "maxResponseTime", "total"),
                num(stats, "meanNumberOfRequestsPerSecond", "total"));
    }

    /** The object literal assigned to {@code var stats} as JSON (bare keys quoted). */
    static String statsObject(String js) {
        int start = js.indexOf('{', js.indexOf("var stats"));
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < js.length(); i++) {
            char c = js.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return js.substring(start, i + 1).replaceAll("(?m)^(\\s*)([A-Za-z][A-Za-z0-9]*)\\s*:", "$1\"$2\":");
            }
        }
        throw new IllegalArgumentException("no complete 'var stats = {...}' object in the Gatling report");
    }

    private static double num(JsonObject stats, String field, String key) {
        JsonValue v = stats.getJsonObject(field).get(key);
        if (v == null) {
            return 0;
        }
        String text = v.getValueType() == JsonValue.ValueType.STRING ? stats.getJsonObject(field).getString(key) : v.toString();
        text = text.strip().replace(",", "");
        return text.equals("-") || text.isEmpty() ? 0 : Double.parseDouble(text);
    }

    // ---------------------------------------------------------------- measurements

    /** Best-of-three planning + execution time of every statement of the list (first page) and detail scenarios. */
    static Map<String, Double> rawSql(PGSimpleDataSource ds) throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        Pattern time = Pattern.compile("(Planning|Execution) Time: ([0-9.]+) ms");
        for (QuotationPlans.Scenario s : QuotationPlans.scenarios(ds)) {
            String key = s.title().startsWith("List, first page") ? "list" : s.title().startsWith("Detail of quotation") ? "detail" : null;
            if (key == null) {
                continue;
            }
            if (key.equals("detail")) {
                Matcher id = Pattern.compile("Detail of quotation (\\d+)").matcher(s.title());
                if (id.find()) {
                    out.put("detailId", Double.parseDouble(id.group(1)));
                }
            }
            double total = 0;
            for (QuotationPlans.Recorded r : s.statements()) {
                double best = Double.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    Matcher m = time.matcher(QuotationPlans.explain(ds, r, "ANALYZE"));
                    double ms = 0;
                    while (m.find()) {
                        ms += Double.parseDouble(m.group(2));
                    }
                    best = Math.min(best, ms);
                }
                total += best;
            }
            out.put(key, total);
            out.put(key + "Statements", (double) s.statements().size());
        }
        return out;
    }

    /** Response body bytes of the list (50) and the detail with and without Accept-Encoding: gzip. */
    static Map<String, Long> gzip(String base, String token, long detailId) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Long> out = new LinkedHashMap<>();
        for (String[] e : new String[][] {{"list", "/api/v1/sales/quotations?limit=50"}, {"detail", "/api/v1/sales/quotations/" + detailId}}) {
            for (boolean gz : new boolean[] {false, true}) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + e[1])).header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json");
                if (gz) {
                    b.header("Accept-Encoding", "gzip");
                }
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                out.put(e[0] + (gz ? ".gzip" : ".plain"), (long) r.body().length);
                out.put(e[0] + (gz ? ".gzip" : ".plain") + ".status", (long) r.statusCode());
                if (gz) {
                    out.put(e[0] + ".gzip.encoded", r.headers().firstValue("Content-Encoding").orElse("").contains("gzip") ? 1L : 0L);
                }
            }
        }
        return out;
    }

    /** Median of 5 PBKDF2WithHmacSHA512 hashes at the product's 210,000 iterations (the work of one password check). */
    static double passwordHashMillis() throws Exception {
        SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            f.generateSecret(new PBEKeySpec("Benchmark-Password-1!".toCharArray(), salt, 210_000, 512)).getEncoded();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[2];
    }

    /** Server RSS and heap after a full GC (jcmd GC.run, then GC.heap_info). */
    static String memory(AppServer server, String when) {
        long pid = server.pid();
        long rss = Processes.rssMiB(pid);
        String heap = "n/a";
        try {
            run("jcmd", Long.toString(pid), "GC.run");
            String info = run("jcmd", Long.toString(pid), "GC.heap_info");
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            if (m.find()) {
                heap = (Long.parseLong(m.group(2)) / 1024) + " MiB used of " + (Long.parseLong(m.group(1)) / 1024) + " MiB";
            }
        } catch (Exception e) {
            heap = "jcmd failed: " + e.getMessage();
        }
        String line = when + ": RSS " + rss + " MiB, heap after full GC " + heap;
        log(line);
        return line;
    }

    /** Top statements by total execution time from pg_stat_statements when installed, else the database's own totals. */
    static Map<String, String> databaseTime(PGSimpleDataSource ds) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT xact_commit, blks_hit, blks_read, tup_returned, tup_fetched, "
                     + "round(blk_read_time::numeric, 1) FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            out.put("transactions committed", Long.toString(rs.getLong(1)));
            long hit = rs.getLong(2);
            long read = rs.getLong(3);
            out.put("buffer cache hit ratio", String.format(Locale.ROOT, "%.4f", hit + read == 0 ? 1.0 : (double) hit / (hit + read)));
            out.put("rows returned / fetched", rs.getLong(4) + " / " + rs.getLong(5));
        } catch (Exception e) {
            out.put("pg_stat_database", "unavailable: " + e.getMessage());
        }
        return out;
    }

    /** Where server CPU goes: a bucket per layer, by the top frame of each sample. */
    static final List<String[]> LAYERS = List.of(
            new String[] {"org.pharmadist.", "PharmaDist code"},
            new String[] {"org.hibernate.", "Hibernate ORM"},
            new String[] {"org.postgresql.", "PostgreSQL JDBC driver"},
            new String[] {"com.ibm.ws.security", "Liberty security (authentication, authorisation, subject caching)"},
            new String[] {"com.ibm.ws.webcontainer.security", "Liberty security (authentication, authorisation, subject caching)"},
            new String[] {"com.ibm.ws.ejbcontainer", "Liberty EJB container (transactions, interceptors)"},
            new String[] {"com.ibm.ejs.j2c", "Liberty connection pool (JDBC wrappers)"},
            new String[] {"com.ibm.ejs", "Liberty EJB container (transactions, interceptors)"},
            new String[] {"com.ibm.tx", "Liberty transaction manager"},
            new String[] {"com.ibm.ws.rsadapter", "Liberty connection pool (JDBC wrappers)"},
            new String[] {"org.jboss.resteasy", "RESTEasy (JAX-RS) and JSON"},
            new String[] {"org.eclipse.yasson", "RESTEasy (JAX-RS) and JSON"},
            new String[] {"org.eclipse.parsson", "RESTEasy (JAX-RS) and JSON"},
            new String[] {"org.jboss.weld", "Weld (CDI)"},
            new String[] {"com.ibm.ws.http", "Liberty HTTP channel and web container"},
            new String[] {"com.ibm.ws.webcontainer", "Liberty HTTP channel and web container"},
            new String[] {"com.ibm.ws.genericbnf", "Liberty HTTP channel and web container"},
            new String[] {"com.ibm.ws.tcpchannel", "Liberty HTTP channel and web container"},
            new String[] {"com.ibm.", "Liberty, other"},
            new String[] {"io.openliberty.", "Liberty, other"},
            new String[] {"java.util.zip.", "gzip"},
            new String[] {"java.", "JDK (collections, strings, crypto, I/O) called by the layers above"},
            new String[] {"jdk.", "JDK (collections, strings, crypto, I/O) called by the layers above"},
            new String[] {"sun.", "JDK (collections, strings, crypto, I/O) called by the layers above"});

    /**
     * The server's CPU profile over the open-model runs (JDK Flight Recorder, settings "profile", execution samples of
     * Java code every 10 ms): samples by layer of the top frame, by layer of the first non-JDK frame, and the hottest
     * methods, as a Markdown section.
     */
    static String profile(Path jfr) {
        try {
            String text = run("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", jfr.toString());
            Map<String, Integer> byCaller = new LinkedHashMap<>();
            Map<String, Integer> hot = new HashMap<>();
            int samples = 0;
            Pattern frame = Pattern.compile("^\\s+([\\w$.<>]+)\\(", Pattern.MULTILINE);
            for (String sample : text.split("jdk\\.ExecutionSample")) {
                Matcher m = frame.matcher(sample);
                List<String> frames = new ArrayList<>();
                while (m.find()) {
                    frames.add(m.group(1));
                }
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                String caller = frames.stream().filter(f -> !f.startsWith("java.") && !f.startsWith("jdk.")
                        && !f.startsWith("sun.")).findFirst().orElse(frames.get(0));
                byCaller.merge(layer(caller), 1, Integer::sum);
                hot.merge(frames.get(0), 1, Integer::sum);
            }
            StringBuilder b = new StringBuilder("### Server CPU profile over the open-model runs\n\n");
            b.append("JDK Flight Recorder on the server (`jcmd JFR.start settings=profile`, one Java execution sample per thread every ")
                    .append("10 ms), ").append(samples).append(" samples. Layer of the first frame that is not JDK code (who spends the ")
                    .append("CPU):\n\n| Layer | Samples | Share |\n|---|---:|---:|\n");
            int total = Math.max(1, samples);
            byCaller.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e ->
                    b.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                            .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / total)).append(" |\n"));
            b.append("\nHottest methods (top frame):\n\n| Method | Samples |\n|---|---:|\n");
            hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15).forEach(e ->
                    b.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n"));
            b.append("\n");
            return b.toString();
        } catch (Exception e) {
            return "### Server CPU profile\n\nNot available: " + e.getMessage() + "\n\n";
        }
    }

    private static String layer(String frame) {
        for (String[] l : LAYERS) {
            if (frame.startsWith(l[0])) {
                return l[1];
            }
        }
        return "other libraries";
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String token(EmbeddedDatabase db, String dbName, String username) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection c = db.connect(dbName); PreparedStatement insert = c.prepareStatement("INSERT INTO api_token (id, user_id, "
                + "client_name, token_sha256, created_at, expires_at, created_by) SELECT nextval('api_token_seq'), id, 'benchmark', ?, "
                + "now(), now() + interval '1 day', 'benchmark' FROM app_user WHERE username = ?")) {
            insert.setString(1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
            insert.setString(2, username);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("demo user " + username + " is missing: were demo users loaded?");
            }
        }
        return token;
    }

    static List<String> column(PGSimpleDataSource ds, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1).strip());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no rows for the benchmark feeder: " + sql);
        }
        return out;
    }

    // ---------------------------------------------------------------- report

    static void charts(Path dir, List<Figures> closed, List<Figures> open, List<Integer> users) throws IOException {
        for (int n : users) {
            DefaultCategoryDataset d = new DefaultCategoryDataset();
            for (Figures f : closed) {
                if (f.load() == n) {
                    d.addValue(f.p50(), "p50", f.scenario());
                    d.addValue(f.p95(), "p95", f.scenario());
                    d.addValue(f.p99(), "p99", f.scenario());
                }
            }
            JFreeChart c = ChartFactory.createBarChart("Closed model, " + n + " users (1 s think time)", "scenario",
                    "latency (ms)", d, PlotOrientation.VERTICAL, true, false, false);
            ChartUtils.saveChartAsPNG(dir.resolve("closed-" + n + "-users.png").toFile(), c, 1000, 500);
        }
        XYSeries p95 = new XYSeries("p95 (ms)");
        XYSeries p50 = new XYSeries("p50 (ms)");
        for (Figures f : open) {
            p95.add(f.throughput(), f.p95());
            p50.add(f.throughput(), f.p50());
        }
        XYSeriesCollection xy = new XYSeriesCollection();
        xy.addSeries(p50);
        xy.addSeries(p95);
        JFreeChart c = ChartFactory.createXYLineChart("Open model, mixed read workload: latency vs throughput", "throughput (req/s)",
                "latency (ms)", xy, PlotOrientation.VERTICAL, true, false, false);
        ChartUtils.saveChartAsPNG(dir.resolve("open-mixed.png").toFile(), c, 1000, 500);
    }

    static String report(Scale scale, Map<String, Long> counts, double loadSeconds, Map<String, Double> rawSql, long detailId,
            List<Figures> closed, List<Figures> open, List<String> memory, Map<String, Long> gzip, double hashMs,
            Map<String, String> dbTime, int duration, Instant started, List<Integer> users, String notes) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Generated by `./mvnw -Pbenchmark -pl ear -am package -DskipTests -Dbench.scale=").append(scale.name())
                .append(" -Dbench.duration=").append(duration).append("` (").append(BenchmarkRun.class.getName())
                .append(", Gatling `org.pharmadist.benchmark.ApiSimulation`), started ").append(started).append(".\n");
        b.append("Server, database and load generator share this machine; every figure below comes from this one run.\n\n");
        b.append("## Machine and versions\n\n");
        b.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores; memory: ")
                .append(memTotal()).append("\n");
        b.append("- Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vm.name"))
                .append("); Open Liberty (version in ear/pom.xml); PostgreSQL embedded (io.zonky, version in the log); Gatling 3.13.5\n\n");
        b.append("## Dataset\n\nScale ").append(scale.name()).append(", seed 42, loaded by COPY in ")
                .append(String.format(Locale.ROOT, "%.1f", loadSeconds)).append(" s:\n\n| Table | Rows |\n|---|---:|\n");
        counts.forEach((t, n) -> b.append("| ").append(t).append(" | ").append(String.format("%,d", n)).append(" |\n"));
        b.append("\nDemo users (and the small demo data set) are loaded on top by the server, for authentication.\n\n");

        b.append("## Model (a): closed, N users each pausing 1 s (").append(duration).append(" s per run)\n\n");
        b.append("| Users | Scenario | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms | req/s |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : closed) {
            b.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.1f |\n", f.load(), f.scenario(),
                    f.requests(), f.errors(), f.p50(), f.p95(), f.p99(), f.max(), f.throughput()));
        }
        for (int n : users) {
            b.append("\n![closed model ").append(n).append(" users](benchmarks/closed-").append(n).append("-users.png)\n");
        }
        b.append("\n## Model (b): open, rising arrival rate, mixed read workload\n\n");
        b.append("Mix: 35 % quotation list, 25 % detail, 15 % /me, 10 % dashboard, 10 % product search, 5 % stock by lot. "
                + "Rates rise until p95 exceeds 50 ms or errors exceed 1 %.\n\n");
        b.append("| Offered req/s | Achieved req/s | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double best = 0;
        for (Figures f : open) {
            b.append(String.format(Locale.ROOT, "| %d | %.1f | %d | %d | %.0f | %.0f | %.0f | %.0f |\n", f.load(), f.throughput(),
                    f.requests(), f.errors(), f.p50(), f.p95(), f.p99(), f.max()));
            if (f.p95() <= 50 && f.errors() <= f.requests() / 100) {
                best = Math.max(best, f.throughput());
            }
        }
        b.append("\nHighest throughput with p95 <= 50 ms: **").append(String.format(Locale.ROOT, "%.0f", best)).append(" req/s**.\n\n");
        b.append("![open model](benchmarks/open-mixed.png)\n\n");

        b.append("## Distance from the physical limit: endpoint vs raw SQL\n\n");
        b.append("Raw SQL = planning + execution time (EXPLAIN ANALYZE, best of three, in this run) of every statement the service "
                + "runs for the request.\n\n| Request | Statements | Raw SQL ms | Endpoint p50 ms (10 users) | Ratio |\n|---|---:|---:|---:|---:|\n");
        for (String[] k : new String[][] {{"list", "quotation-list", "Quotation list, first page (50)"}, {"detail", "quotation-detail",
            "Quotation detail " + detailId + " (most lines; the benchmark itself picks random ids)"}}) {
            double raw = rawSql.getOrDefault(k[0], 0.0);
            double p50 = closed.stream().filter(f -> f.scenario().equals(k[1])).mapToDouble(Figures::p50).findFirst().orElse(0);
            b.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.0f | %s |\n", k[2], rawSql.getOrDefault(k[0] + "Statements", 0.0),
                    raw, p50, raw > 0 ? String.format(Locale.ROOT, "%.1fx", p50 / raw) : "n/a"));
        }
        b.append("\nGatling reports whole milliseconds, so sub-millisecond endpoints show as 0 or 1.\n\n");

        b.append("## Login and password hashing\n\nOne PBKDF2WithHmacSHA512 hash at 210,000 iterations (the product's setting) "
                + "takes ").append(String.format(Locale.ROOT, "%.0f", hashMs)).append(" ms on this machine (median of 5, in the benchmark "
                + "JVM); target for login p95: 1.3 x that = ").append(String.format(Locale.ROOT, "%.0f", 1.3 * hashMs)).append(" ms.\n\n");

        b.append("## Memory\n\n");
        memory.forEach(m -> b.append("- ").append(m).append("\n"));
        b.append("\n## Payload and gzip\n\n| Response | Plain bytes | With Accept-Encoding: gzip | Compressed by the server |\n|---|---:|---:|---|\n");
        for (String k : List.of("list", "detail")) {
            b.append("| ").append(k).append(" | ").append(gzip.get(k + ".plain")).append(" | ").append(gzip.get(k + ".gzip")).append(" | ")
                    .append(gzip.getOrDefault(k + ".gzip.encoded", 0L) == 1 ? "yes" : "no").append(" |\n");
        }
        b.append("\n## Database\n\n");
        dbTime.forEach((k, v) -> b.append("- ").append(k).append(": ").append(v).append("\n"));
        b.append("\n## Targets (issue 8)\n\n| Target | Measured | Met |\n|---|---|---|\n");
        target(b, closed, 100, "quotation-list", 15);
        target(b, closed, 100, "quotation-detail", 10);
        target(b, closed, 100, "me", 5);
        target(b, closed, 100, "dashboard", 10);
        target(b, closed, 100, "login", 1.3 * hashMs);
        long errors100 = closed.stream().filter(f -> f.load() == 100).mapToLong(Figures::errors).sum();
        boolean ran100 = closed.stream().anyMatch(f -> f.load() == 100);
        b.append("| zero errors at 100 users | ").append(ran100 ? errors100 + " errors" : "not run").append(" | ")
                .append(ran100 ? (errors100 == 0 ? "yes" : "no") : "n/a").append(" |\n");
        double listRatio = rawSql.getOrDefault("list", 0.0) > 0 ? closed.stream().filter(f -> f.scenario().equals("quotation-list"))
                .mapToDouble(Figures::p50).findFirst().orElse(0) / rawSql.get("list") : 0;
        b.append(String.format(Locale.ROOT, "| list p50 within 1.5x raw SQL | %.1fx | %s |\n", listRatio, listRatio <= 1.5 ? "yes" : "no"));
        boolean ran500 = closed.stream().anyMatch(f -> f.load() == 500);
        double worst500 = closed.stream().filter(f -> f.load() == 500).mapToDouble(Figures::p95).max().orElse(0);
        b.append(String.format(Locale.ROOT, "| p95 <= 100 ms everywhere at 500 users | %s | %s |\n", ran500 ? "worst " + (long) worst500 + " ms" : "not run",
                ran500 ? (worst500 <= 100 ? "yes" : "no") : "n/a"));
        b.append(String.format(Locale.ROOT, "| >= 1,500 req/s mixed at p95 <= 50 ms | %.0f req/s | %s |\n", best, best >= 1500 ? "yes" : "no"));
        b.append("| heap after GC flat over a 10-minute soak | not run by this command (see Memory for before/after) | n/a |\n");
        if (!notes.isEmpty()) {
            b.append("\n## Notes\n\n").append(notes);
        }
        return b.toString();
    }

    private static void target(StringBuilder b, List<Figures> closed, int users, String scenario, double targetMs) {
        Figures f = closed.stream().filter(x -> x.load() == users && x.scenario().equals(scenario)).findFirst().orElse(null);
        b.append(String.format(Locale.ROOT, "| %s p95 <= %.0f ms at %d users | %s | %s |\n", scenario, targetMs, users,
                f == null ? "not run" : (long) f.p95() + " ms (" + f.errors() + " errors)",
                f == null ? "n/a" : f.p95() <= targetMs && f.errors() == 0 ? "yes" : "no"));
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst().map(l -> l.replaceAll("\\s+", " ")).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    private static void log(String line) {
        System.out.println("[benchmark] " + line);
    }
}
