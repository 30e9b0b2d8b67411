package org.pharmadist.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips API response bodies larger than {@value #THRESHOLD_BYTES} bytes when the client sent
 * {@code Accept-Encoding: gzip}; small bodies go as they are (compressing them costs more than it saves).
 * Done in the application so both servers behave the same.
 */
@Provider
public class GzipWriterInterceptor implements WriterInterceptor {

    static final int THRESHOLD_BYTES = 1024;

    @jakarta.ws.rs.core.Context
    HttpHeaders requestHeaders;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException, WebApplicationException {
        if (!acceptsGzip()) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        context.setOutputStream(buffer);
        context.proceed();
        byte[] body = buffer.toByteArray();
        context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (body.length <= THRESHOLD_BYTES) {
            original.write(body);
            return;
        }
        context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        try (GZIPOutputStream gzip = new GZIPOutputStream(original, 8192)) {
            gzip.write(body);
        }
    }

    private boolean acceptsGzip() {
        if (requestHeaders == null) {
            return false;
        }
        List<String> values = requestHeaders.getRequestHeader(HttpHeaders.ACCEPT_ENCODING);
        if (values == null) {
            return false;
        }
        for (String v : values) {
            for (String part : v.split(",")) {
                String coding = part.trim();
                if (coding.startsWith("gzip") && !coding.replace(" ", "").endsWith("q=0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
