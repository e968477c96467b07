package nl.ngf.grants.notification.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ngf.grants.shared.ApplicantNotice;

/**
 * The mail telling one applicant of a new task or reminding them of its deadline: the subject in Dutch, the text in
 * Dutch and then in English (a user's language is chosen per session, not kept with the account), with the link to
 * the task.
 */
record NoticeMail(String subject, String body) {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final List<Locale> LANGUAGES = List.of(DUTCH, Locale.ENGLISH);
    private static final String BUNDLE = "nl.ngf.grants.notification.mail";

    static NoticeMail of(ApplicantNotice notice, String recipientName, String link) {
        // One line, whatever was typed into a title: a subject is a mail header.
        String about = notice.about().replaceAll("\\s+", " ").strip();
        String subject = text(DUTCH, notice.occasion() + ".subject." + notice.kind(), about, day(notice.deadline(), DUTCH));
        StringBuilder body = new StringBuilder();
        for (Locale language : LANGUAGES) {
            String next = text(language, "mail.nextLanguage");
            body.append(text(language, "mail.greeting", recipientName)).append("\n\n")
                    .append(text(language, notice.occasion() + ".due." + notice.kind(), about, day(notice.deadline(), language))).append('\n')
                    .append(text(language, "mail.task")).append('\n')
                    .append(link).append("\n\n")
                    .append(text(language, "mail.closing")).append("\n\n")
                    .append(text(language, "mail.automatic")).append('\n');
            if (!next.isEmpty()) {
                body.append("\n----- ").append(next).append(" -----\n\n");
            }
        }
        return new NoticeMail(subject, body.toString());
    }

    static String day(LocalDate date, Locale language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", language));
    }

    private static String text(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        // As the pages: a text with no value in it is shown as written.
        return arguments.length == 0 || pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
