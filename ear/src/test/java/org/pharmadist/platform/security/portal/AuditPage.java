package org.pharmadist.platform.security.portal;

import java.util.List;
import java.util.Map;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the security audit ({@code security/audit.xhtml}): the table {@code auditForm:audit},
 * newest first, 50 rows a page.
 */
public final class AuditPage extends SecurityPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "security/audit.xhtml";

    private static final String TABLE = "auditForm:audit";

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
              rows.push({time: cell(tr, 'time'), event: cell(tr, 'event'), user: cell(tr, 'user'), actor: cell(tr, 'actor'),
                         detail: cell(tr, 'detail'), address: cell(tr, 'address')});
            }
            return rows;
            """;

    /** One entry as shown (time "yyyy-MM-dd HH:mm:ss" UTC). */
    public record Row(String time, String event, String user, String actor, String detail, String address) {
    }

    private AuditPage(PortalBrowser browser) {
        super(browser, PATH);
    }

    /** Opens the screen by URL. */
    public static AuditPage open(PortalBrowser browser) {
        browser.open(PATH);
        return new AuditPage(browser);
    }

    /** True when the audit table is shown. */
    public boolean showsAudit() {
        return has(TABLE);
    }

    /** Rows of the current page, newest first. */
    public List<Row> rows() {
        List<Map<String, Object>> raw = browser.await("rows of " + TABLE, d -> browser.script(READ_ROWS, TABLE));
        return raw.stream().map(r -> new Row((String) r.get("time"), (String) r.get("event"), (String) r.get("user"),
                (String) r.get("actor"), (String) r.get("detail"), (String) r.get("address"))).toList();
    }
}
