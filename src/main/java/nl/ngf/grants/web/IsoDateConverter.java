package nl.ngf.grants.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A date typed as yyyy-mm-dd, read strictly: a day the calendar does not have (30 February, 31 April) is refused
 * with the field's message, where PrimeFaces' date field and Faces' own converter would quietly take the last day
 * of the month instead, and a deadline or a tranche's planned date would be another than the one typed. Every date
 * field and every date in an address uses it ({@code converter="ngf.isoDate"}).
 */
@FacesConverter(IsoDateConverter.ID)
public class IsoDateConverter implements Converter<LocalDate> {

    public static final String ID = "ngf.isoDate";
    /** Faces' own message about a date it cannot read; the pages' bundle has it in Dutch and English. */
    static final String MESSAGE = "jakarta.faces.converter.DateTimeConverter.DATE";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The date a text says, or nothing when it says none (blank, another form, or a day the calendar does not have). */
    public static Optional<LocalDate> read(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String write(LocalDate date) {
        return date.format(ISO);
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return read(value).orElseThrow(() -> new ConverterException(Messages.aboutField(context, component, MESSAGE, value, "yyyy-mm-dd")));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : write(value);
    }
}
