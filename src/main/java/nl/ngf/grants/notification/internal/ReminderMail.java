package nl.ngf.grants.notification.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ngf.grants.shared.ApplicantReminded;

/**
 * The mail reminding one applicant of a deadline: the subject in Dutch, the text in Dutch and then in English
 * (a user's language is chosen per session, not kept with the account), with the link to the task.
 */
record ReminderMail(String subject, String body) {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final List<Locale> LANGUAGES = List.of(DUTCH, Locale.ENGLISH);
    private static final String BUNDLE = "nl.ngf.grants.notification.mail";

    static ReminderMail of(ApplicantReminded reminder, String recipientName, String link) {
        // One line, whatever was typed into a title: a subject is a mail header.
        String about = reminder.about().replaceAll("\\s+", " ").strip();
        String subject = text(DUTCH, "reminder.subject." + reminder.kind(), about, day(reminder.deadline(), DUTCH));
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            String next = text(language, "reminder.nextLanguage");
            body.append(text(language, "reminder.greeting", recipientName)).append("\n\n")
                    .append(text(language, "reminder.due." + reminder.kind(), about, day(reminder.deadline(), language))).append('\n')
                    .append(text(language, "reminder.task")).append('\n')
                    .append(link).append("\n\n")
                    .append(text(language, "reminder.closing")).append("\n\n")
                    .append(text(language, "reminder.automatic")).append('\n');
            if (!next.isEmpty()) {
                body.append("\n----- ").append(next).append(" -----\n\n");
            }
        }
        return new ReminderMail(subject, body.toString());
    }

    static String day(LocalDate date, Locale language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", language));
    }

    private static String text(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
