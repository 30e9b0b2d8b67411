package org.pharmadist.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pharmadist.platform.testserver.Http.get;
import static org.pharmadist.platform.testserver.Http.post;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The stock-keeping elements the SOAP CatalogService gained (storage condition, status, units, ...), added at the
 * end of the Product type so existing clients keep working; checked on a product of the demo stock-keeping data.
 */
class CatalogStockKeepingSoapIT {

    private static final String PATH = "soap/CatalogService";

    private static HttpResponse<String> call(String body) {
        return post(PATH, "text/xml; charset=UTF-8",
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\"urn:pharmadist:catalog:v1\">"
                        + "<soap:Body>" + body + "</soap:Body></soap:Envelope>", "SOAPAction", "\"\"");
    }

    @Test
    void getProductAnswersStorageConditionStatusAndUnits() {
        HttpResponse<String> r = call("<c:getProduct><ndc>73070-403-15</ndc></c:getProduct>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String compact = r.body().replaceAll(">\\s+<", "><");
        assertThat(compact).contains("<ndc11>73070040315</ndc11>")
                .contains("<storageCondition>REFRIGERATED</storageCondition>")
                .contains("<status>ACTIVE</status>")
                .contains("<stockUnit>EA</stockUnit>")
                .contains("<shelfLifeDays>900</shelfLifeDays>")
                .contains("<serialised>true</serialised>")
                .contains("<purchaseUnit>CA</purchaseUnit>")
                .contains("<unit><code>CA</code><stockUnitsPerUnit>12.000</stockUnitsPerUnit></unit>");
        // The elements of the first contract come first, unchanged.
        assertThat(compact.indexOf("<nadacUnitPrice>") < 0 || compact.indexOf("<nadacUnitPrice>") < compact.indexOf("<storageCondition>"))
                .isTrue();
        assertThat(compact.indexOf("<ndc11>")).isLessThan(compact.indexOf("<storageCondition>"));
    }

    @Test
    void searchProductsAnswersStorageConditionAndStatus() {
        HttpResponse<String> r = call("<c:searchProducts><query>73070-403</query><limit>5</limit></c:searchProducts>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<storageCondition>REFRIGERATED</storageCondition>").contains("<status>ACTIVE</status>");
    }

    @Test
    void wsdlDeclaresTheNewElements() {
        HttpResponse<String> wsdl = get(PATH + "?wsdl");
        assertThat(wsdl.statusCode()).isEqualTo(200);
        String schema = wsdl.body();
        if (!schema.contains("storageCondition")) { // the schema may be imported from a separate document
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(schema);
            StringBuilder all = new StringBuilder(schema);
            while (m.find()) {
                String location = m.group(1).replace("&amp;", "&");
                all.append(get(location.substring(location.indexOf(PATH))).body());
            }
            schema = all.toString();
        }
        assertThat(schema).contains("storageCondition").contains("stockUnitsPerUnit").contains("UnitConversion");
    }
}
