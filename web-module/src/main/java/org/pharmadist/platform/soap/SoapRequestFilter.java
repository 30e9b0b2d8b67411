package org.pharmadist.platform.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses SOAP requests whose body is not well-formed XML with a SOAP 1.1 Client fault in plain
 * words, before the server's SOAP stack sees them (whose own answer differs per server and names
 * parser classes). DTDs are refused too (XML external entity attacks).
 */
@WebFilter(urlPatterns = "/soap/*")
public class SoapRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        String problem = body.length > MAX_BODY_BYTES ? "The request is larger than 5 MB." : wellFormednessProblem(body);
        if (problem != null) {
            SoapFaults.write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Client", problem); // SOAP 1.1 6.2
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    static String wellFormednessProblem(byte[] body) {
        if (body.length == 0) {
            return "The request body is empty: send a SOAP 1.1 envelope.";
        }
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.DTD) {
                        return "The request contains a DTD, which is not accepted.";
                    }
                }
            } finally {
                reader.close();
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            var location = e instanceof XMLStreamException x ? x.getLocation() : null;
            return "The request body is not well-formed XML" + (location == null ? "" : " (line "
                    + location.getLineNumber() + ", column " + location.getColumnNumber() + ")")
                    + ": send a SOAP 1.1 envelope.";
        }
    }

    /** The request with its body already read into memory. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
