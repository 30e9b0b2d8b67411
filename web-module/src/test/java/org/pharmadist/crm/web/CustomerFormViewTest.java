package org.pharmadist.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Service field names land beside the right form field. */
class CustomerFormViewTest {

    @Test
    void serviceFieldsMapToTheFormComponents() {
        List<String> bothLicenses = List.of("stateLicense", "dea");
        assertThat(CustomerFormView.clientId("licenses[1].number", bothLicenses)).isEqualTo("customerForm:deaNumber");
        assertThat(CustomerFormView.clientId("licenses[0].number", bothLicenses)).isEqualTo("customerForm:stateLicenseNumber");
        assertThat(CustomerFormView.clientId("licenses[0].number", List.of("dea"))).isEqualTo("customerForm:deaNumber");
        assertThat(CustomerFormView.clientId("licenses[1].schedules", bothLicenses)).isEqualTo("customerForm:deaSchedules");
        assertThat(CustomerFormView.clientId("licenses[1].expiresOn", bothLicenses)).isEqualTo("customerForm:deaExpiry");
        assertThat(CustomerFormView.clientId("billTo.postalCode", List.of())).isEqualTo("customerForm:billToPostalCode");
        assertThat(CustomerFormView.clientId("customer.taxId", List.of())).as("lead conversion prefix")
                .isEqualTo("customerForm:taxId");
        assertThat(CustomerFormView.clientId("contacts[0].jobTitle", List.of())).isEqualTo("customerForm:contactTitle");
        assertThat(CustomerFormView.clientId("contacts[0].email", List.of())).isEqualTo("customerForm:contactEmail");
        assertThat(CustomerFormView.clientId("version", List.of())).as("shown as a global message").isNull();
    }
}
