package org.pharmadist.platform.testserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo users (one per role) the server creates with the demo data, read from the same file the
 * server reads ({@code ejb-module/src/main/resources/demo/users.csv}).
 */
public final class DemoUsers {

    private static Map<String, String[]> byRole;

    private DemoUsers() {
    }

    /** User name of the demo user holding {@code role} (e.g. "ADMIN" -> "admin"). */
    public static String username(String role) {
        return row(role)[0];
    }

    /** Password of the demo user holding {@code role}. */
    public static String password(String role) {
        return row(role)[3];
    }

    /** All demo users: role -> username. */
    public static synchronized Map<String, String> usernamesByRole() {
        Map<String, String> out = new LinkedHashMap<>();
        load().forEach((role, row) -> out.put(role, row[0]));
        return out;
    }

    private static String[] row(String role) {
        String[] row = load().get(role);
        if (row == null) {
            throw new IllegalArgumentException("no demo user with role " + role);
        }
        return row;
    }

    private static synchronized Map<String, String[]> load() {
        if (byRole == null) {
            Path file = Path.of(System.getProperty("project.root", "..")).resolve("ejb-module/src/main/resources/demo/users.csv");
            Map<String, String[]> m = new LinkedHashMap<>();
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] f = line.split(",", 4);
                        m.put(f[2], f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byRole = m;
        }
        return byRole;
    }
}
