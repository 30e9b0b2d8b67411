package org.pharmadist.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.get;
import static org.pharmadist.platform.testserver.Http.post;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The SOAP CatalogService over real HTTP against the deployed EAR (run once per server). */
class CatalogSoapIT {

    private static final String PATH = "soap/CatalogService";

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"urn:pharmadist:catalog:v1\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static HttpResponse<String> call(String body) {
        return post(PATH, "text/xml; charset=UTF-8", body, "SOAPAction", "\"\"");
    }

    @Test
    void wsdlIsPublishedWithBothOperations() {
        HttpResponse<String> r = get(PATH + "?wsdl");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("definitions").contains("getProduct").contains("searchProducts")
                .contains("urn:pharmadist:catalog:v1");
    }

    @Test
    void getProductByNdc() {
        HttpResponse<String> r = call(envelope("<c:getProduct><ndc>0338-0424-18</ndc></c:getProduct>"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<ndc11>00338042418</ndc11>").contains("<gtin14>00303380424184</gtin14>");
    }

    @Test
    void searchProductsPagesWithACursor() {
        HttpResponse<String> r = call(envelope("<c:searchProducts><query>heparin</query><limit>2</limit></c:searchProducts>"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body().split("<product>", -1)).hasSize(3);
        assertThat(r.body()).contains("<nextCursor>");
    }

    @Test
    void invalidNdcIsAClientFaultInPlainWords() {
        HttpResponse<String> r = call(envelope("<c:getProduct><ndc>12-34</ndc></c:getProduct>"));
        assertClientFault(r);
        assertThat(r.body()).contains("12-34");
    }

    @Test
    void limitOutOfRangeIsAClientFault() {
        assertClientFault(call(envelope("<c:searchProducts><query>a</query><limit>0</limit></c:searchProducts>")));
        HttpResponse<String> text = call(envelope("<c:searchProducts><query>heparin</query><limit>abc</limit></c:searchProducts>"));
        assertClientFault(text); // was: ignored on Liberty (all rows), a parser message on WildFly
        assertThat(text.body()).contains("limit must be a whole number").doesNotContain("Unmarshalling");
    }

    @Test
    void nonXmlBodyIsAClientFaultWithoutParserClassNames() {
        HttpResponse<String> r = call("this is { not xml");
        assertClientFault(r);
        assertThat(r.body()).doesNotContainIgnoringCase("wstx").doesNotContainIgnoringCase("xerces")
                .doesNotContain("javax.").doesNotContain("com.ctc");
    }

    static void assertClientFault(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(500);
        assertThat(r.body()).containsPattern("<faultcode[^>]*>[A-Za-z0-9-]+:Client</faultcode>")
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
