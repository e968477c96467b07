package nl.ngf.grants.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text a form or an address brings in (Faces converts each text field and parameter with this): refused, with
 * the field named, when it holds an invisible control character. A NUL or another control character (text pasted
 * from a damaged PDF may carry one) cannot be stored by PostgreSQL, which answered the login and every form with the
 * page for an unexpected error; a bidirectional override or isolate shows a name or a remark other than it reads (a
 * PPS's name backwards in the audit log). Tabs and line breaks are text.
 */
@FacesConverter(forClass = String.class)
public class PrintableText implements Converter<Object> {

    /** The message of the pages' Faces bundle, in Dutch and English: the field's label is its argument. */
    static final String MESSAGE = "ngf.text.invisibleCharacter";

    /** Whether this text holds a character that is no text to store and show (see the class). */
    public static boolean hasInvisibleControl(String text) {
        return text.codePoints().anyMatch(PrintableText::invisibleControl);
    }

    private static boolean invisibleControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value != null && hasInvisibleControl(value)) {
            throw new ConverterException(Messages.aboutField(context, component, MESSAGE));
        }
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : value.toString();
    }
}
