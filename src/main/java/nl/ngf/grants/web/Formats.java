package nl.ngf.grants.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.ngf.grants.shared.Deadlines;
import nl.ngf.grants.shared.Money;

/** Money, dates and times as the user reads them, in their language and Dutch time. */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final ZoneId ZONE = Deadlines.ZONE;

    @Inject
    Language language;

    @Inject
    java.time.Clock clock;

    public String money(Money money) {
        return money == null ? "–" : money.format(language.getLocale());
    }

    public String date(LocalDate date) {
        return date(language.getLocale(), date);
    }

    /** A day as the pages write it, in the reader's language. */
    static String date(java.util.Locale reader, LocalDate date) {
        return date == null ? "–" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader));
    }

    public String dateOf(Instant instant) {
        return instant == null ? "–" : date(day(instant));
    }

    /** The Dutch day of a moment, for a download that keeps dates as dates (null stays null). */
    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    /** A moment in Dutch time to the second, for a download that keeps moments as dates and times (null stays null). */
    public LocalDateTime moment(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZONE);
    }

    public String dateTime(Instant instant) {
        return dateTime(language.getLocale(), instant);
    }

    /** A moment as the pages write it (date and time to the minute, in Dutch time), in the reader's language. */
    static String dateTime(java.util.Locale reader, Instant instant) {
        return instant == null ? "–" : instant.atZone(ZONE)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(reader));
    }

    /** This moment, as {@link #dateTime}: when the page was read, for its printout. */
    public String getNow() {
        return dateTime(clock.instant());
    }

    /** Date and time to the second, where the order of moments matters (the auditor's timeline). */
    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "–" : instant.atZone(ZONE)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(language.getLocale()));
    }

    /**
     * What a decision-table rule said when it decided, in the reader's language. The recorded text is the rule's
     * description in {@code workflows/tranche-decision.dmn} (Dutch) at that moment; it is translated only when it is
     * exactly the Dutch text the bundles hold for that rule ({@code dmn.rule.<rule id>}). A rule whose text has
     * changed since, one the bundles do not know, or an officer's own words (no rule) show as recorded.
     */
    public String ruleText(String ruleId, String recorded) {
        return ruleText(language.getLocale(), ruleId, recorded);
    }

    static String ruleText(java.util.Locale reader, String ruleId, String recorded) {
        if (ruleId == null || recorded == null) {
            return recorded;
        }
        String key = "dmn.rule." + ruleId;
        try {
            String dutch = java.util.ResourceBundle.getBundle(Messages.BUNDLE, Language.DUTCH).getString(key);
            return dutch.equals(recorded.strip()) ? java.util.ResourceBundle.getBundle(Messages.BUNDLE, reader).getString(key) : recorded;
        } catch (java.util.MissingResourceException e) {
            return recorded;
        }
    }

    /**
     * A decision table's own words (an input's label, an output) in the reader's language where the bundles hold them
     * ({@code key}), else as the table has them: a table changed in {@code workflows/} shows what it says.
     */
    public String tableText(String key, String asInTheTable) {
        try {
            return java.util.ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale()).getString(key);
        } catch (java.util.MissingResourceException e) {
            return asInTheTable;
        }
    }

    /**
     * A decision table's condition on one input as the table has it (FEEL, empty where any value matches), and where the
     * input is an amount in euro cents, each amount it names in euros beside it: {@code > 100000000 (€ 1.000.000,00)}.
     */
    public String tableCondition(String condition, boolean euroCents) {
        return tableCondition(language.getLocale(), condition, euroCents);
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<!\\w)-?\\d+(?:\\.\\d+)?(?!\\w)");

    static String tableCondition(java.util.Locale reader, String condition, boolean euroCents) {
        if (!euroCents || condition == null) {
            return condition;
        }
        java.util.List<String> amounts = new java.util.ArrayList<>();
        java.util.regex.Matcher number = NUMBER.matcher(condition);
        while (number.find()) {
            try {
                amounts.add(Money.ofCents(Long.parseLong(number.group())).format(reader));
            } catch (NumberFormatException e) { // a fraction of a cent, or more cents than there are
                return condition;
            }
        }
        return amounts.isEmpty() ? condition : condition + " (" + String.join(" – ", amounts) + ")";
    }

    /**
     * An identifier written in camel case (a decision rule's id) as its words, so that a narrow column breaks it
     * between them ({@code secondApproval|Large|Tranche}) and never mid-word; the words together are the id as it is.
     */
    public java.util.List<String> camelWords(String identifier) {
        return identifier == null || identifier.isEmpty() ? java.util.List.of()
                : java.util.List.of(identifier.split("(?<=[a-z0-9])(?=[A-Z])"));
    }

    /** The text of a message key with arguments, e.g. for events. */
    public String message(String key, Object argument) {
        return Messages.format(language.getLocale(), key, argument);
    }

    /** The text of a message key with its arguments, money and dates formatted for the user. */
    public String messageWith(String key, java.util.List<Object> arguments) {
        Object[] formatted = arguments.stream().map(a -> a instanceof Money m ? money(m)
                : a instanceof LocalDate d ? date(d) : a instanceof Enum<?> e ? text(e) : a).toArray();
        return Messages.format(language.getLocale(), key, formatted);
    }

    /** A percentage in the user's notation: 5,5% in Dutch, 5.5% in English. */
    public String percent(java.math.BigDecimal value) {
        if (value == null) {
            return "–";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value) + "%";
    }

    /** A share of the way to a target in whole percent (see Kpis.progressTo): 14%, or – when there is none. */
    public String progress(Long percent) {
        return percent == null ? "–" : java.text.NumberFormat.getIntegerInstance(language.getLocale()).format(percent) + "%";
    }

    /** A file size as people read it: 12 kB, 3,4 MB. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(language.getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String text(Enum<?> value) {
        return value == null ? "–" : Messages.format(language.getLocale(), value.getClass().getSimpleName() + "." + value.name());
    }
}
