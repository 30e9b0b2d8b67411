package org.pharmadist.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.persistence.DatabaseReady;

/**
 * Creates one demo user per role (file {@code demo/users.csv}, passwords listed in README) when demo
 * data is switched on; existing users are left alone.
 */
@ApplicationScoped
public class DemoUsersLoader {

    private static final Logger LOG = Logger.getLogger(DemoUsersLoader.class.getName());

    @Inject
    PharmaDistSettings settings;

    @Inject
    AccountService accounts;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (!settings.demoData()) {
            return;
        }
        int created = 0;
        try (InputStream in = DemoUsersLoader.class.getResourceAsStream("/demo/users.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 4);
                if (!accounts.exists(f[0])) {
                    accounts.createUser(f[0], f[1], f[3].toCharArray(), EnumSet.of(Role.valueOf(f[2])), "system");
                    created++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Demo users: " + created + " created (see README for their passwords)");
    }
}
