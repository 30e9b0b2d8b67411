package org.pharmadist.platform.portal;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for portal tests: one {@link PortalBrowser} per test class (injected as a test
 * method or constructor parameter), a fresh session (no cookies) before each test, and on a failed
 * test a screenshot PNG plus the page source saved to {@code ear/target/portal-screenshots/}.
 *
 * <p>The evidence is taken right after the test method ({@link AfterTestExecutionCallback}), while the
 * browser still shows the failing page; a {@code TestWatcher} would run too late (after {@code @AfterEach}).
 */
public class PortalBrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, ParameterResolver {

    private static final Logger LOG = Logger.getLogger(PortalBrowserExtension.class.getName());
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PortalBrowserExtension.class);
    private static final String KEY = "browser";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(KEY, PortalBrowser.start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PortalBrowser browser = context.getStore(NAMESPACE).remove(KEY, PortalBrowser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        PortalBrowser browser = browser(context);
        browser.resetSession();
        SignedInAs as = context.getRequiredTestClass().getAnnotation(SignedInAs.class);
        String role = as == null ? "ADMIN" : as.value();
        if (!role.isEmpty()) {
            browser.signIn(role);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        PortalBrowser browser = browser(context);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Path png = browser.saveEvidence(name);
            String message = "portal test failed: screenshot " + png + " and page source "
                    + png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", ".html"));
            LOG.warning(message);
            System.err.println(message);
        } catch (Exception e) {
            LOG.warning("could not save the failure screenshot: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PortalBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return browser(extensionContext);
    }

    private static PortalBrowser browser(ExtensionContext context) {
        PortalBrowser browser = context.getStore(NAMESPACE).get(KEY, PortalBrowser.class);
        if (browser == null) {
            throw new IllegalStateException("no portal browser: PortalBrowserExtension starts it before all tests of the class");
        }
        return browser;
    }
}
