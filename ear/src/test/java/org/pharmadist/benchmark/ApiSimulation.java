package org.pharmadist.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The benchmark's load (Gatling Java DSL), configured by system properties that {@code BenchmarkRun} sets for each
 * run: {@code bench.baseUrl}, {@code bench.token} (API token of a MANAGER), {@code bench.username}/{@code
 * bench.password} (for the login scenario), {@code bench.scenario} (quotation-list, quotation-detail, me, dashboard,
 * product-search, stock-by-lot, order-create, login, mixed), {@code bench.model} (closed: {@code bench.users}
 * concurrent users each pausing 1 s between requests; open: {@code bench.rate} new requests per second),
 * {@code bench.duration} (seconds), {@code bench.quotationIds} (ids 1..N exist), {@code bench.ndcs} and
 * {@code bench.customers} (comma-separated, from the loaded data).
 */
public class ApiSimulation extends Simulation {

    private final String token = System.getProperty("bench.token");
    private final long quotationIds = Long.getLong("bench.quotationIds", 1000);
    private final List<String> ndcs = Arrays.asList(System.getProperty("bench.ndcs", "").split(","));
    private final List<String> customers = Arrays.asList(System.getProperty("bench.customers", "").split(","));

    private final Iterator<Map<String, Object>> feeder = Stream.generate(() -> {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String ndc = ndcs.get(r.nextInt(ndcs.size()));
        return Map.<String, Object>of("quotationId", 1 + r.nextLong(quotationIds), "ndc", ndc,
                "prefix", ndc.substring(0, 5), "customerId", customers.get(r.nextInt(customers.size())),
                "status", r.nextInt(4) == 0 ? "&status=SENT" : "");
    }).iterator();

    private ChainBuilder get(String name, String path) {
        return exec(http(name).get(path).header("Authorization", "Bearer " + token).check(status().is(200)));
    }

    private ChainBuilder chain(String name) {
        return switch (name) {
            case "quotation-list" -> get("quotation list", "/api/v1/sales/quotations?limit=50#{status}");
            case "quotation-detail" -> get("quotation detail", "/api/v1/sales/quotations/#{quotationId}");
            case "me" -> get("me", "/api/v1/me");
            case "dashboard" -> get("dashboard", "/api/v1/dashboard");
            case "product-search" -> get("product search", "/api/v1/products?q=#{prefix}&limit=25");
            case "stock-by-lot" -> get("stock by lot", "/api/v1/inventory/lots?ndc=#{ndc}");
            case "order-create" -> exec(http("order create").post("/api/v1/sales/orders")
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .body(StringBody("{\"customerId\":#{customerId},\"customerPoReference\":\"BENCH\",\"lines\":[{\"ndc\":\"#{ndc}\","
                            + "\"quantity\":\"2\",\"unit\":\"EA\",\"unitPrice\":\"10.00\"}]}"))
                    .check(status().is(201)));
            case "login" -> exec(http("login page").get("/login.xhtml").check(status().is(200),
                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                    .exec(http("login").post("/login.xhtml").formParam("loginForm", "loginForm")
                            .formParam("loginForm:username", System.getProperty("bench.username"))
                            .formParam("loginForm:password", System.getProperty("bench.password"))
                            .formParam("loginForm:signIn", "Sign in")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .disableFollowRedirect().check(status().in(302, 303))); // a signed-in user is redirected; 200 is the form again (refused)
            case "mixed" -> randomSwitch().on(
                    new Choice.WithWeight(35, chain("quotation-list")), new Choice.WithWeight(25, chain("quotation-detail")),
                    new Choice.WithWeight(15, chain("me")), new Choice.WithWeight(10, chain("dashboard")),
                    new Choice.WithWeight(10, chain("product-search")), new Choice.WithWeight(5, chain("stock-by-lot")));
            default -> throw new IllegalArgumentException("unknown bench.scenario " + name);
        };
    }

    {
        String name = System.getProperty("bench.scenario", "me");
        Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 30));
        HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.baseUrl")).acceptHeader("application/json")
                .acceptEncodingHeader("gzip").shareConnections().disableCaching();
        ScenarioBuilder scn = scenario(name).feed(feeder).exec(chain(name));
        PopulationBuilder population;
        if ("open".equals(System.getProperty("bench.model"))) {
            population = scn.injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty("bench.rate", "100")))
                    .during(duration));
        } else {
            // closed model: N users, each waits 1 s after its answer before the next request (think time)
            population = scenario(name).feed(feeder).exec(chain(name)).pause(Duration.ofSeconds(1))
                    .injectClosed(constantConcurrentUsers(Integer.getInteger("bench.users", 10)).during(duration));
        }
        setUp(population).protocols(protocol);
    }
}
