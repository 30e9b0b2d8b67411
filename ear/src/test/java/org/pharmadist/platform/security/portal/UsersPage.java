package org.pharmadist.platform.security.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the users screen ({@code security/users.xhtml}): the table {@code usersForm:users}
 * with, per row, the role menu ({@code ...:roleChoice}, a PrimeFaces selectCheckboxMenu), Save
 * ({@code ...:saveRoles}) and, for a locked account, Unlock.
 */
public final class UsersPage extends SecurityPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "security/users.xhtml";

    private static final String TABLE = "usersForm:users";

    /** Reads the rows in one go: cells by the id suffix of their output text, and the row index. */
    private static final String READ_ROWS = """
            var body = document.getElementById(arguments[0] + '_data');
            if (!body) { return null; }
            var rows = [];
            function cell(tr, name) {
              var e = tr.querySelector('[id$=":' + name + '"]');
              return e ? e.textContent.trim() : '';
            }
            for (var tr of body.rows) {
              if (tr.classList.contains('ui-datatable-empty-message')) { continue; }
              rows.push({ri: tr.getAttribute('data-ri'), username: cell(tr, 'username'), displayName: cell(tr, 'displayName'),
                         roles: cell(tr, 'roles'), enabled: cell(tr, 'enabled'), lockedUntil: cell(tr, 'lockedUntil'),
                         lastLogin: cell(tr, 'lastLogin'), unlock: !!tr.querySelector('[id$=":unlock"]')});
            }
            return rows;
            """;

    /**
     * One row as shown.
     *
     * @param rowIndex  the table's row index (part of the row's client ids)
     * @param roles     roles as shown, e.g. "MANAGER, FINANCE"
     * @param canUnlock true when the row has an Unlock button
     */
    public record Row(String rowIndex, String username, String displayName, String roles, String enabled,
            String lockedUntil, String lastLogin, boolean canUnlock) {

        /** The roles shown, as a set of names. */
        public Set<String> roleSet() {
            return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty() && !r.startsWith("("))
                    .collect(Collectors.toSet());
        }
    }

    private UsersPage(PortalBrowser browser) {
        super(browser, PATH);
    }

    /** Opens the screen by URL. */
    public static UsersPage open(PortalBrowser browser) {
        browser.open(PATH);
        return new UsersPage(browser);
    }

    /** The screen after a navigation to it (menu) was started. */
    public static UsersPage expect(PortalBrowser browser) {
        return new UsersPage(browser);
    }

    /** True when the users table is shown. */
    public boolean showsUsers() {
        return has(TABLE);
    }

    /** All rows. */
    public List<Row> rows() {
        List<Map<String, Object>> raw = browser.await("rows of " + TABLE, d -> browser.script(READ_ROWS, TABLE));
        return raw.stream().map(r -> new Row((String) r.get("ri"), (String) r.get("username"), (String) r.get("displayName"),
                (String) r.get("roles"), (String) r.get("enabled"), (String) r.get("lockedUntil"), (String) r.get("lastLogin"),
                Boolean.TRUE.equals(r.get("unlock")))).toList();
    }

    /** The row of a user. */
    public Optional<Row> row(String username) {
        return rows().stream().filter(r -> r.username().equals(username)).findFirst();
    }

    private Row requiredRow(String username) {
        return row(username).orElseThrow(() -> new AssertionError("no user " + username + " in the table: "
                + rows().stream().map(Row::username).toList()));
    }

    /**
     * Opens the user's role menu, ticks exactly {@code roles} (clicking the items whose state differs),
     * closes it, clicks Save and waits for the ajax update.
     */
    public UsersPage changeRoles(String username, Set<String> roles) {
        String menuId = TABLE + ":" + requiredRow(username).rowIndex() + ":roleChoice";
        WebElement menu = browser.driver().findElement(By.id(menuId));
        menu.findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
        By panel = By.id(menuId + "_panel");
        browser.await("role menu of " + username + " open", d -> !d.findElements(panel).isEmpty() && d.findElement(panel).isDisplayed());
        List<WebElement> items = browser.driver().findElement(panel).findElements(By.cssSelector("li.ui-selectcheckboxmenu-item"));
        Set<String> offered = items.stream().map(li -> li.findElement(By.tagName("label")).getText().trim()).collect(Collectors.toSet());
        if (!offered.containsAll(roles)) {
            throw new AssertionError("role menu of " + username + " offers " + offered + ", not all of " + roles);
        }
        for (WebElement li : items) {
            String role = li.findElement(By.tagName("label")).getText().trim();
            boolean checked = li.getDomAttribute("class").contains("ui-selectcheckboxmenu-checked");
            if (checked != roles.contains(role)) {
                li.findElement(By.cssSelector(".ui-chkbox-box")).click();
                browser.await(role + " " + (checked ? "unticked" : "ticked") + " in the role menu of " + username,
                        d -> li.getDomAttribute("class").contains("ui-selectcheckboxmenu-checked") != checked);
            }
        }
        browser.driver().findElement(panel).findElement(By.cssSelector(".ui-selectcheckboxmenu-close")).click();
        browser.await("role menu of " + username + " closed", d -> !d.findElement(panel).isDisplayed());
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(TABLE + ":" + requiredRow(username).rowIndex() + ":saveRoles")).click();
        browser.awaitAjaxAfter(before);
        return this;
    }

    /** Text of the message beside the Save button of a user's row, "" when none. */
    public String rowMessage(String username) {
        return messageText(TABLE + ":" + requiredRow(username).rowIndex() + ":saveRolesMessage");
    }
}
