package org.pharmadist.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pharmadist.platform.testserver.Http;
import org.pharmadist.platform.testserver.SystemUnderTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Anonymous callers get nothing but the public things: every REST operation (discovered from the
 * OpenAPI document) answers 401 problem+json, every SOAP operation (discovered from the WSDLs of the
 * SOAP endpoints declared in web.xml) a 401 Client fault, every portal page (every .xhtml of the web
 * module) a redirect to the login page. The login page, static resources, health, metrics, the OpenAPI
 * document and the WSDLs stay public.
 */
class AnonymousAccessIT {

    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    private static final String JAVAEE_NS = "https://jakarta.ee/xml/ns/jakartaee";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Portal pages anyone may open. */
    private static final Set<String> PUBLIC_PAGES = Set.of("login.xhtml", "error.xhtml");

    /** One REST operation of the OpenAPI document, with its path params filled in. */
    record RestOperation(String method, String template, String path) { }

    /** One SOAP operation of a WSDL. */
    record SoapOperation(String address, String namespace, String name) { }

    // ---------------------------------------------------------------- REST

    @TestFactory
    Stream<DynamicTest> everyRestOperationRefusesAnonymousCallersWith401Problem() {
        List<RestOperation> operations = restOperations();
        // The discovery itself must work, or this test proves nothing.
        assertThat(operations).as("REST operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(10);
        assertThat(operations).extracting(RestOperation::path).contains("api/v1/products", "api/v1/me",
                "api/v1/security/users", "api/v1/security/audit", "api/v1/catalog/imports");
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.method() + " " + op.template(), () -> {
            String body = Set.of("POST", "PUT", "PATCH").contains(op.method()) ? "{}" : null;
            HttpResponse<String> r = Http.sendAs(Http.ANONYMOUS, op.method(), op.path(), body == null ? null : "application/json", body);
            assertUnauthenticatedProblem(r, op.method() + " " + op.path());
        }));
    }

    @Test
    void invalidBearerTokenIsRefusedLikeNoTokenOnRest() {
        HttpResponse<String> r = Http.get(SystemUnderTest.app().resolve("api/v1/products?limit=1"),
                "Authorization", "Bearer not-a-valid-token-but-long-enough-0123456789");
        assertUnauthenticatedProblem(r, "GET api/v1/products with an invalid token");
        assertThat(r.body()).contains("not valid");
    }

    static void assertUnauthenticatedProblem(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("WWW-Authenticate")).as(what)
                .hasValueSatisfying(v -> assertThat(v).startsWithIgnoringCase("Bearer"));
        JsonObject problem = parse(r.body());
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("type")).endsWith("/unauthenticated");
        assertNoInternals(r.body());
    }

    /** Every operation of the OpenAPI document, paths made relative to the application base URL. */
    static List<RestOperation> restOperations() {
        HttpResponse<String> r = Http.getAs(Http.ANONYMOUS, "openapi?format=JSON", "Accept", "application/json");
        assertThat(r.statusCode()).as("OpenAPI document: " + r.body()).isEqualTo(200);
        JsonObject doc = parse(r.body());
        // Liberty: paths without the application path, servers [{url: /api/v1}]; WildFly may include it.
        String base = "/api/v1";
        if (doc.containsKey("servers") && !doc.getJsonArray("servers").isEmpty()) {
            String url = doc.getJsonArray("servers").getJsonObject(0).getString("url", base);
            String path = URI.create(url).getPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                base = path;
            }
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        List<RestOperation> out = new ArrayList<>();
        for (var entry : doc.getJsonObject("paths").entrySet()) {
            String template = entry.getKey();
            String full = template.startsWith(base + "/") || template.equals(base) ? template : base + template;
            String path = fillPathParameters(full).substring(1);
            for (String method : entry.getValue().asJsonObject().keySet()) {
                if (HTTP_METHODS.contains(method.toLowerCase(Locale.ROOT))) {
                    out.add(new RestOperation(method.toUpperCase(Locale.ROOT), full, path));
                }
            }
        }
        return out;
    }

    /** {ndc} -> a real NDC, {username} -> admin, {id} and others -> 1. */
    static String fillPathParameters(String template) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String value = name.contains("ndc") || name.contains("gtin") ? "0338-0424-18"
                    : name.contains("user") ? "admin" : "1";
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // ---------------------------------------------------------------- SOAP

    @TestFactory
    Stream<DynamicTest> everySoapOperationRefusesAnonymousCallersWith401ClientFault() {
        List<SoapOperation> operations = new ArrayList<>();
        for (String address : soapAddresses()) {
            operations.addAll(soapOperations(address));
        }
        assertThat(operations).as("SOAP operations").extracting(SoapOperation::name).contains("getProduct", "searchProducts");
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.address() + " " + op.name(), () -> {
            String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:op=\""
                    + op.namespace() + "\"><soap:Body><op:" + op.name() + "/></soap:Body></soap:Envelope>";
            HttpResponse<String> r = Http.postAs(Http.ANONYMOUS, op.address(), "text/xml; charset=UTF-8", envelope,
                    "SOAPAction", "\"\"");
            assertSoapUnauthenticated(r, "anonymous " + op.name());
        }));
    }

    static void assertSoapUnauthenticated(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(r.body()).as(what).containsPattern("<faultcode[^>]*>[A-Za-z0-9-]+:Client</faultcode>")
                .contains("Authorization: Bearer");
        assertNoInternals(r.body());
    }

    /** The SOAP endpoint addresses (relative, "soap/CatalogService") from web.xml's servlet mappings under /soap/. */
    static List<String> soapAddresses() {
        Document webXml = xml(read(projectRoot().resolve("web-module/src/main/webapp/WEB-INF/web.xml")));
        Set<String> addresses = new LinkedHashSet<>();
        NodeList patterns = webXml.getElementsByTagNameNS(JAVAEE_NS, "url-pattern");
        for (int i = 0; i < patterns.getLength(); i++) {
            Element pattern = (Element) patterns.item(i);
            String value = pattern.getTextContent().trim();
            if ("servlet-mapping".equals(pattern.getParentNode().getLocalName()) && value.startsWith("/soap/")
                    && !value.contains("*")) {
                addresses.add(value.substring(1));
            }
        }
        assertThat(addresses).as("SOAP servlet mappings in web.xml").isNotEmpty();
        return List.copyOf(addresses);
    }

    /** The operations of the WSDL at {@code address?wsdl}, fetched anonymously (which must work). */
    static List<SoapOperation> soapOperations(String address) {
        HttpResponse<String> r = Http.getAs(Http.ANONYMOUS, address + "?wsdl");
        assertThat(r.statusCode()).as("anonymous GET " + address + "?wsdl: " + r.body()).isEqualTo(200);
        List<SoapOperation> out = new ArrayList<>();
        collectOperations(address, xml(r.body()), out, 0);
        assertThat(out).as("operations in the WSDL of " + address).isNotEmpty();
        return out;
    }

    private static void collectOperations(String address, Document wsdl, List<SoapOperation> out, int depth) {
        String namespace = wsdl.getDocumentElement().getAttribute("targetNamespace");
        NodeList portTypes = wsdl.getElementsByTagNameNS(WSDL_NS, "portType");
        for (int i = 0; i < portTypes.getLength(); i++) {
            NodeList ops = ((Element) portTypes.item(i)).getElementsByTagNameNS(WSDL_NS, "operation");
            for (int j = 0; j < ops.getLength(); j++) {
                out.add(new SoapOperation(address, namespace, ((Element) ops.item(j)).getAttribute("name")));
            }
        }
        // A WSDL split in parts (service and port type in different documents) imports the rest.
        NodeList imports = wsdl.getElementsByTagNameNS(WSDL_NS, "import");
        for (int i = 0; i < imports.getLength() && depth < 3; i++) {
            String location = ((Element) imports.item(i)).getAttribute("location");
            if (!location.isEmpty()) {
                URI resolved = SystemUnderTest.app().resolve(address).resolve(location);
                HttpResponse<String> part = Http.get(resolved);
                assertThat(part.statusCode()).as("anonymous GET " + resolved).isEqualTo(200);
                collectOperations(address, xml(part.body()), out, depth + 1);
            }
        }
    }

    // ---------------------------------------------------------------- portal pages

    @TestFactory
    Stream<DynamicTest> everyPortalPageRedirectsAnonymousVisitorsToTheLoginPage() {
        List<String> pages = portalPages();
        assertThat(pages).as("portal pages").contains("index.xhtml", "catalog/products.xhtml", "login.xhtml");
        List<String> targets = new ArrayList<>(pages);
        targets.add(""); // the root (welcome page)
        return targets.stream().map(page -> DynamicTest.dynamicTest("GET /" + page, () -> {
            HttpResponse<String> r = Http.getAs(Http.ANONYMOUS, page);
            if (PUBLIC_PAGES.contains(page)) {
                assertThat(r.statusCode()).as("public page " + page).isEqualTo(200);
                assertNoInternals(r.body());
                return;
            }
            assertThat(r.statusCode()).as("anonymous GET /" + page + ": " + r.body()).isIn(302, 303);
            URI location = SystemUnderTest.app().resolve(r.headers().firstValue("Location").orElseThrow());
            assertThat(location.getPath()).isEqualTo(SystemUnderTest.app().resolve("login.xhtml").getPath());
            assertThat(location.getRawQuery()).as("where to go after signing in").startsWith("continue=");
            String target = URLDecoder.decode(location.getRawQuery().substring("continue=".length()), StandardCharsets.UTF_8);
            String pagePath = SystemUnderTest.app().resolve(page).getPath();
            if (page.isEmpty()) {
                // The root may be resolved to its welcome file before the login is asked for.
                assertThat(target).isIn(pagePath, pagePath + "index.xhtml");
            } else {
                assertThat(target).isEqualTo(pagePath);
            }
            assertThat(r.body()).doesNotContain("productsForm").doesNotContain("sessionForm");
        }));
    }

    /** Every .xhtml of the web module outside WEB-INF, relative ("catalog/products.xhtml"). */
    static List<String> portalPages() {
        Path webapp = projectRoot().resolve("web-module/src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("META-INF/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- public things

    @Test
    void loginPageAndItsStaticResourcesArePublic() {
        HttpResponse<String> login = Http.getAs(Http.ANONYMOUS, "login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("loginForm").contains("Sign in");
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        List<String> resources = new ArrayList<>();
        while (m.find()) {
            resources.add(m.group(1).replace("&amp;", "&"));
        }
        assertThat(resources).as("static resources linked from the login page").isNotEmpty();
        for (String resource : resources) {
            HttpResponse<String> r = Http.get(SystemUnderTest.app().resolve(resource));
            assertThat(r.statusCode()).as("anonymous GET " + resource).isEqualTo(200);
            assertThat(r.body()).isNotEmpty();
        }
    }

    @Test
    void healthMetricsOpenApiAndWsdlsArePublic() {
        HttpResponse<String> ready = Http.get(SystemUnderTest.health().resolve("ready"));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");

        HttpResponse<String> metrics = Http.get(SystemUnderTest.metrics());
        assertThat(metrics.statusCode()).as("anonymous GET " + SystemUnderTest.metrics()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");

        HttpResponse<String> openapi = Http.getAs(Http.ANONYMOUS, "openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/products").contains("/me");

        for (String address : soapAddresses()) {
            HttpResponse<String> wsdl = Http.getAs(Http.ANONYMOUS, address + "?wsdl");
            assertThat(wsdl.statusCode()).as("anonymous GET " + address + "?wsdl").isEqualTo(200);
            assertThat(wsdl.body()).contains("definitions");
        }
    }

    // ---------------------------------------------------------------- helpers

    static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.");
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue v = reader.readValue();
            return v.asJsonObject();
        }
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("project.root", ".."));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new IllegalStateException("not XML: " + e.getMessage() + "\n" + text, e);
        }
    }
}
