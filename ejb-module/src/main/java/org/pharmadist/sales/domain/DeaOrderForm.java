package org.pharmadist.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The DEA order form of a schedule I or II order (21 CFR 1305.03): either the serial number of the DEA Form 222 the
 * customer sent (the single-sheet form of 21 CFR 1305.12, serially numbered, 9 digits), or the order number of its CSOS
 * electronic order (21 CFR 1305.21; 1 to 40 letters, digits or hyphens). The supplier keeps it with the order
 * (21 CFR 1305.13 and 1305.22: the record of what was shipped against the form).
 */
@Embeddable
public class DeaOrderForm {

    /** Paper DEA Form 222, or an electronic order under the Controlled Substance Ordering System. */
    public enum Type { FORM_222, CSOS }

    private static final Pattern FORM_222_SERIAL = Pattern.compile("\\d{9}");
    private static final Pattern CSOS_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    @Enumerated(EnumType.STRING)
    @Column(name = "dea_order_form_type", length = 8)
    private Type type;

    @Column(name = "dea_order_form_number", length = 40)
    private String number;

    protected DeaOrderForm() {
    }

    private DeaOrderForm(Type type, String number) {
        this.type = type;
        this.number = number;
    }

    /**
     * Parses a form from user input: type "FORM_222" or "CSOS" (case-insensitive; "222" for FORM_222), the number with
     * surrounding blanks removed (a Form 222 serial may be written with spaces or hyphens between digit groups).
     *
     * @throws IllegalArgumentException with a message a user can act on when the type is unknown or the number does
     *         not have its type's format
     */
    public static DeaOrderForm parse(String type, String number) {
        String t = type == null ? "" : type.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        Type kind = switch (t) {
            case "FORM_222", "222", "DEA_FORM_222" -> Type.FORM_222;
            case "CSOS" -> Type.CSOS;
            default -> throw new IllegalArgumentException("The DEA order form type must be FORM_222 or CSOS");
        };
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (kind == Type.FORM_222) {
            String digits = n.replaceAll("[\\s-]", "");
            if (!FORM_222_SERIAL.matcher(digits).matches()) {
                throw new IllegalArgumentException("A DEA Form 222 serial number has 9 digits (it is printed on the form)");
            }
            return new DeaOrderForm(kind, digits);
        }
        if (!CSOS_NUMBER.matcher(n).matches()) {
            throw new IllegalArgumentException("A CSOS order number has 1 to 40 letters, digits or hyphens");
        }
        return new DeaOrderForm(kind, n);
    }

    public Type type() {
        return type;
    }

    public String number() {
        return number;
    }

    /** "DEA Form 222 123456789" or "CSOS order A1B2C3". */
    @Override
    public String toString() {
        return (type == Type.FORM_222 ? "DEA Form 222 " : "CSOS order ") + number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeaOrderForm f && f.type == type && Objects.equals(f.number, number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number);
    }
}
