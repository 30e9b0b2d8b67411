package org.pharmadist.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The application's settings, read once through MicroProfile Config (environment variables, system
 * properties, server configuration; the usual MicroProfile name mapping applies, so
 * {@code pharmadist.company.name} is also read from {@code PHARMADIST_COMPANY_NAME}).
 *
 * <p>At start-up {@link #logSettings()} writes one line per setting with the config source it came
 * from, secrets masked. A wrong value (unknown currency, unknown time zone) stops nothing silently:
 * it is logged at SEVERE and reported in {@link #problems()}, and the default is not used in its place.
 *
 * <p>The data sources themselves are container-managed ({@code jdbc/pharmadist},
 * {@code jdbc/pharmadist-read}); the server configurations in {@code config/} read the same
 * {@code PHARMADIST_DB_*} variables, so the values logged here are the values the servers use.
 */
@ApplicationScoped
public class PharmaDistSettings {

    private static final Logger LOG = Logger.getLogger(PharmaDistSettings.class.getName());

    /** Setting names. Environment variables use the upper-case underscore form. */
    public static final String DB_HOST = "pharmadist.db.host";
    public static final String DB_PORT = "pharmadist.db.port";
    public static final String DB_NAME = "pharmadist.db.name";
    public static final String DB_USER = "pharmadist.db.user";
    public static final String DB_PASSWORD_KEY = "pharmadist.db.password";
    public static final String DB_READ_HOST = "pharmadist.db.read.host";
    public static final String DB_READ_PORT = "pharmadist.db.read.port";
    public static final String OPENAI_API_KEY = "openai.api.key";
    /** The AI key under the insights module's name; preferred over {@link #OPENAI_API_KEY} when both are set. */
    public static final String AI_API_KEY = "pharmadist.ai.api-key";
    public static final String COMPANY_NAME = "pharmadist.company.name";
    public static final String CURRENCY = "pharmadist.currency";
    public static final String TIME_ZONE = "pharmadist.timezone";
    public static final String DEMO_DATA = "pharmadist.demo-data";

    private static final List<String> SECRETS = List.of(DB_PASSWORD_KEY, OPENAI_API_KEY, AI_API_KEY);
    private static final java.util.Map<String, String> DEFAULTS = java.util.Map.of(
            COMPANY_NAME, "PharmaDist Demo Distributor", CURRENCY, "USD", TIME_ZONE, "America/New_York", DEMO_DATA, "false");

    @Inject
    Config config;

    private String companyName;
    private Currency currency;
    private ZoneId timeZone;
    private boolean demoData;
    private Optional<String> openAiApiKey;
    private final java.util.List<String> problems = new java.util.ArrayList<>();

    @PostConstruct
    void read() {
        companyName = config.getOptionalValue(COMPANY_NAME, String.class).orElse(DEFAULTS.get(COMPANY_NAME));
        String currencyCode = config.getOptionalValue(CURRENCY, String.class).orElse(DEFAULTS.get(CURRENCY));
        try {
            currency = Currency.getInstance(currencyCode.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(CURRENCY + " '" + currencyCode + "' is not an ISO 4217 currency code");
        }
        String zone = config.getOptionalValue(TIME_ZONE, String.class).orElse(DEFAULTS.get(TIME_ZONE));
        try {
            timeZone = ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            problems.add(TIME_ZONE + " '" + zone + "' is not a time zone id (e.g. America/New_York)");
        }
        demoData = config.getOptionalValue(DEMO_DATA, Boolean.class).orElse(false);
        openAiApiKey = config.getOptionalValue(AI_API_KEY, String.class).filter(k -> !k.isBlank())
                .or(() -> config.getOptionalValue(OPENAI_API_KEY, String.class).filter(k -> !k.isBlank()));
        problems.forEach(p -> LOG.severe("Configuration error: " + p));
    }

    /** Writes one INFO line per setting: name, value (secrets masked) and the config source. */
    public void logSettings() {
        for (String name : List.of(DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD_KEY, DB_READ_HOST, DB_READ_PORT,
                OPENAI_API_KEY, AI_API_KEY, "pharmadist.ai.base-url", "pharmadist.ai.model", COMPANY_NAME, CURRENCY, TIME_ZONE, DEMO_DATA)) {
            ConfigValue value = config.getConfigValue(name);
            String shown;
            String source;
            if (value == null || value.getValue() == null) {
                shown = DEFAULTS.getOrDefault(name, "(not set)");
                source = DEFAULTS.containsKey(name) ? "built-in default" : "not set";
            } else {
                shown = SECRETS.contains(name) ? mask(value.getValue()) : value.getValue();
                source = value.getSourceName();
            }
            LOG.log(Level.INFO, "setting {0} = {1} (source: {2})", new Object[] {name, shown, source});
        }
        if (openAiApiKey.isEmpty()) {
            LOG.warning("PHARMADIST_AI_API_KEY (or OPENAI_API_KEY) is not set: AI features report 'not configured'; statistics still work.");
        }
    }

    static String mask(String secret) {
        if (secret.isEmpty()) {
            return "(empty)";
        }
        return secret.length() <= 8 ? "****" : secret.substring(0, 3) + "****" + secret.substring(secret.length() - 2);
    }

    /** Company display name. */
    public String companyName() {
        return companyName;
    }

    /** ISO 4217 document currency; default USD. Throws IllegalStateException when configured wrongly. */
    public Currency currency() {
        if (currency == null) {
            throw new IllegalStateException(problems.toString());
        }
        return currency;
    }

    /** Company time zone used for business dates (expiry, valid-until); default America/New_York. */
    public ZoneId timeZone() {
        if (timeZone == null) {
            throw new IllegalStateException(problems.toString());
        }
        return timeZone;
    }

    /** Whether reference and demo data are loaded at start-up (the run command sets this). */
    public boolean demoData() {
        return demoData;
    }

    /** The AI (OpenAI-compatible) API key, when configured: {@value #AI_API_KEY}, else {@value #OPENAI_API_KEY}. */
    public Optional<String> openAiApiKey() {
        return openAiApiKey;
    }

    /** Configuration errors found at start-up, empty when all settings are valid. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
