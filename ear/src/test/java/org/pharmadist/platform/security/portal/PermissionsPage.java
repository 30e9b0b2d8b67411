package org.pharmadist.platform.security.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the permission matrix ({@code security/permissions.xhtml}): table
 * {@code permissionsForm:matrix}, a row per "module:action" (cell {@code ...:permission}), a column per
 * role with a PrimeFaces check box {@code ...:grant_ROLE} that saves by ajax when clicked.
 */
public final class PermissionsPage extends SecurityPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "security/permissions.xhtml";

    private static final String TABLE = "permissionsForm:matrix";

    /** Rows in display order: [{permission, ri, cells: [{role, checked, disabled}] in column order}], read in one go. */
    private static final String READ_GRID = """
            var body = document.getElementById(arguments[0] + '_data');
            if (!body) { return null; }
            var out = [];
            for (var tr of body.rows) {
              var p = tr.querySelector('[id$=":permission"]');
              if (!p) { continue; }
              var cells = [];
              tr.querySelectorAll('input[type=checkbox][id*=":grant_"]').forEach(function (input) {
                var role = input.id.replace(/^.*:grant_/, '').replace(/_input$/, '');
                cells.push({role: role, checked: input.checked, disabled: input.disabled});
              });
              out.push({permission: p.textContent.trim(), ri: tr.getAttribute('data-ri'), cells: cells});
            }
            return out;
            """;

    /** One cell: granted, and whether it can be changed here. */
    public record Cell(boolean granted, boolean disabled) {
    }

    private PermissionsPage(PortalBrowser browser) {
        super(browser, PATH);
    }

    /** Opens the screen by URL. */
    public static PermissionsPage open(PortalBrowser browser) {
        browser.open(PATH);
        return new PermissionsPage(browser);
    }

    /** True when the matrix is shown. */
    public boolean showsMatrix() {
        return has(TABLE);
    }

    /** Column headers, left to right. */
    public List<String> headers() {
        return browser.driver().findElements(By.cssSelector("[id='" + TABLE + "'] thead th .ui-column-title")).stream()
                .map(e -> e.getText().trim()).toList();
    }

    /** The grid: "module:action" (in row order) -> role (in column order) -> cell. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Cell>> grid() {
        List<Map<String, Object>> raw = browser.await("cells of " + TABLE, d -> browser.script(READ_GRID, TABLE));
        Map<String, Map<String, Cell>> out = new LinkedHashMap<>();
        for (Map<String, Object> row : raw) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) row.get("cells")) {
                cells.put((String) c.get("role"), new Cell(Boolean.TRUE.equals(c.get("checked")), Boolean.TRUE.equals(c.get("disabled"))));
            }
            out.put((String) row.get("permission"), cells);
        }
        return out;
    }

    /** One cell. */
    public Cell cell(String permission, String role) {
        Map<String, Cell> row = grid().get(permission);
        if (row == null || row.get(role) == null) {
            throw new AssertionError("no cell " + permission + " / " + role + " in the matrix: " + grid().keySet());
        }
        return row.get(role);
    }

    /** Clicks the check box of a cell and waits for its ajax save and the table's update. */
    public PermissionsPage toggle(String permission, String role) {
        List<Map<String, Object>> raw = browser.await("cells of " + TABLE, d -> browser.script(READ_GRID, TABLE));
        Map<String, Object> row = raw.stream().filter(r -> permission.equals(r.get("permission"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + permission + " in the matrix"));
        String id = TABLE + ":" + row.get("ri") + ":grant_" + role;
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(id)).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.awaitAjaxAfter(before);
        return this;
    }

    /** True when the "read only" note is shown (no security:administer). */
    public boolean isReadOnly() {
        return has("permissionsForm:readOnlyNote");
    }
}
