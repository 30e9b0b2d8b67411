package org.pharmadist.platform.security.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pharmadist.platform.portal.PortalBrowser;

/**
 * Page object of the API tokens screen ({@code security/tokens.xhtml}): the issue form (user menu
 * {@code tokensForm:username}, {@code tokensForm:clientName}, {@code tokensForm:validityDays}, button
 * {@code tokensForm:issue}, each field with its message {@code ...Message}), the box with the token
 * just issued ({@code tokensForm:issuedTokenBox}) and the table {@code tokensForm:tokens} with Revoke
 * (confirmed in the global confirm dialog {@code confirmRevoke}).
 */
public final class TokensPage extends SecurityPage {

    /** Path relative to the portal base URL. */
    public static final String PATH = "security/tokens.xhtml";

    private static final String FORM = "tokensForm";
    private static final String TABLE = FORM + ":tokens";

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
              rows.push({ri: tr.getAttribute('data-ri'), id: cell(tr, 'tokenId'), client: cell(tr, 'client'), user: cell(tr, 'user'),
                         created: cell(tr, 'created'), expires: cell(tr, 'expires'), revoked: cell(tr, 'revoked'),
                         createdBy: cell(tr, 'createdBy'), status: cell(tr, 'status'),
                         revoke: !!tr.querySelector('[id$=":revoke"]')});
            }
            return rows;
            """;

    /** One token row as shown (times "yyyy-MM-dd HH:mm:ss" UTC, "" when none). */
    public record Row(String rowIndex, String id, String client, String user, String created, String expires, String revoked,
            String createdBy, String status, boolean canRevoke) {
    }

    private TokensPage(PortalBrowser browser) {
        super(browser, PATH);
    }

    /** Opens the screen by URL. */
    public static TokensPage open(PortalBrowser browser) {
        browser.open(PATH);
        return new TokensPage(browser);
    }

    /** True when the form and the token table are shown. */
    public boolean showsTokens() {
        return has(TABLE);
    }

    /**
     * Fills the issue form (a null user leaves the menu on "Choose a user") and clicks Issue token,
     * waiting for the ajax update.
     */
    public TokensPage issue(String username, String clientName, String validityDays) {
        if (username != null) {
            chooseUser(username);
        }
        WebElement client = browser.driver().findElement(By.id(FORM + ":clientName"));
        client.clear();
        client.sendKeys(clientName);
        WebElement days = browser.driver().findElement(By.id(FORM + ":validityDays"));
        days.clear();
        days.sendKeys(validityDays);
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id(FORM + ":issue")).click();
        browser.awaitAjaxAfter(before);
        return this;
    }

    /**
     * Opens the user menu and clicks the user's item until the menu's label shows it. One click is not always
     * enough: a click that lands while the panel is still sliding open (or right after a page update) can be
     * swallowed, so the wait re-opens the menu and clicks again instead of waiting for a change that never comes.
     */
    private void chooseUser(String username) {
        String menuId = FORM + ":username";
        By label = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + username + "']");
        browser.await("user " + username + " chosen in the user menu", d -> {
            if (d.findElement(label).getText().trim().equals(username)) {
                return true;
            }
            List<WebElement> items = d.findElements(item);
            if (!items.isEmpty() && items.get(0).isDisplayed() && d.findElement(panel).isDisplayed()) {
                items.get(0).click();
            } else if (!d.findElement(panel).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
            }
            return d.findElement(label).getText().trim().equals(username);
        });
    }

    /** The token shown in the box after issuing, or empty when no box is shown. */
    public Optional<String> issuedToken() {
        List<WebElement> found = browser.driver().findElements(By.id(FORM + ":issuedToken"));
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0).getDomProperty("value"));
    }

    /** Text of the box with the token just issued, "" when none. */
    public String issuedTokenBoxText() {
        List<WebElement> found = browser.driver().findElements(By.id(FORM + ":issuedTokenBox"));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** The message beside a form field: "username", "clientName" or "validityDays". */
    public String fieldMessage(String field) {
        return messageText(FORM + ":" + field + "Message");
    }

    /** All token rows on the first page, newest first. */
    public List<Row> rows() {
        List<Map<String, Object>> raw = browser.await("rows of " + TABLE, d -> browser.script(READ_ROWS, TABLE));
        return raw.stream().map(r -> new Row((String) r.get("ri"), (String) r.get("id"), (String) r.get("client"),
                (String) r.get("user"), (String) r.get("created"), (String) r.get("expires"), (String) r.get("revoked"),
                (String) r.get("createdBy"), (String) r.get("status"), Boolean.TRUE.equals(r.get("revoke")))).toList();
    }

    /** The row of the token issued for this client name. */
    public Optional<Row> rowOfClient(String clientName) {
        return rows().stream().filter(r -> r.client().equals(clientName)).findFirst();
    }

    /** Clicks Revoke in the row of this client, confirms in the dialog and waits for the ajax update. */
    public TokensPage revoke(String clientName) {
        Row row = rowOfClient(clientName).orElseThrow(() -> new AssertionError("no token for client " + clientName));
        browser.driver().findElement(By.id(TABLE + ":" + row.rowIndex() + ":revoke")).click();
        By dialog = By.id("confirmRevoke");
        browser.await("the revoke confirmation shown", d -> d.findElement(dialog).isDisplayed());
        String question = browser.driver().findElement(dialog).getText();
        if (!question.contains(clientName)) {
            throw new AssertionError("the confirmation does not name the client " + clientName + ": " + question);
        }
        long before = browser.ajaxCompleted();
        browser.driver().findElement(By.id("confirmYes")).click();
        browser.awaitAjaxAfter(before);
        return this;
    }
}
