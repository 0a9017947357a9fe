package org.precinct.intake.review;

import java.util.Locale;
import org.precinct.intake.IncidentTypes;
import org.precinct.notifications.InvalidMailAddressException;
import org.precinct.notifications.MailOutbox;
import org.precinct.notifications.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells reporters by e-mail what became of their report, in the transaction that made the change: in the language
 * they reported in, or in English and Spanish when it is not known. Only public notes go out; staff-only notes never
 * reach this class.
 */
@Component
class ReporterUpdates {

    private static final Logger log = LoggerFactory.getLogger(ReporterUpdates.class);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /** The changes a reporter hears about. */
    enum Change {
        UNDER_REVIEW,
        MORE_INFORMATION_NEEDED,
        APPROVED,
        ASSIGNED,
        CLOSED,
        STATISTICS_ONLY,
        REJECTED,
        REFERRED,
        MERGED;

        String messageKey(String part) {
            return "intake.review.mail." + name() + "." + part;
        }
    }

    /**
     * What to tell.
     *
     * @param note the public note: the reviewer's question, the reason, the unit, the report it was joined to
     * @param reportNumber the official report number, once there is one
     */
    record Update(Change change, String note, String reportNumber) {}

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final IncidentTypes types;
    private final String publicUrl;

    ReporterUpdates(
            MailOutbox outbox,
            MessageSource messages,
            IncidentTypes types,
            @Value("${precinct.public-url:}") String publicUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.types = types;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Queues the mail for a step, when the reporter gave an address.
     *
     * @param historyPosition the step's place in the report's history, which makes the mail's reference unique
     */
    void tell(ReviewQueries.ReporterContact reporter, int historyPosition, Update update) {
        if (!reporter.reachable()) {
            return;
        }
        Locale language = reporter.language();
        String subject;
        String body;
        if (language == null) {
            subject = text(update.change().messageKey("subject"), reporter, update, Locale.ENGLISH) + " / "
                    + text(update.change().messageKey("subject"), reporter, update, SPANISH);
            body = body(reporter, update, Locale.ENGLISH) + "\n\n"
                    + messages.getMessage("intake.review.mail.spanish-follows", null, SPANISH) + "\n\n"
                    + body(reporter, update, SPANISH);
        } else {
            subject = text(update.change().messageKey("subject"), reporter, update, language);
            body = body(reporter, update, language);
        }
        try {
            outbox.enqueue(new OutgoingMail(
                    reporter.email().strip(),
                    subject,
                    body,
                    null,
                    language,
                    "service-request:" + reporter.requestId() + ":history:" + historyPosition));
        } catch (InvalidMailAddressException unusable) {
            // An address the filing form let through but the mail server would refuse: the decision stands.
            log.warn("Report {}: the reporter's e-mail address cannot be used", reporter.trackingNumber());
        }
    }

    /** The wording a reporter reads when their report is counted for statistics only. */
    String statisticsOnlyNote(Locale language) {
        return wording("intake.review.statistics.public-note", language);
    }

    /** A text in the reporter's language, or in English and Spanish when it is not known. */
    String wording(String messageKey, Locale language) {
        if (language == null) {
            return messages.getMessage(messageKey, null, Locale.ENGLISH) + " / "
                    + messages.getMessage(messageKey, null, SPANISH);
        }
        return messages.getMessage(messageKey, null, language);
    }

    private String body(ReviewQueries.ReporterContact reporter, Update update, Locale language) {
        return text("intake.review.mail.greeting", reporter, update, language) + "\n\n"
                + text(update.change().messageKey("body"), reporter, update, language) + "\n\n"
                + text("intake.review.mail.footer", reporter, update, language);
    }

    private String text(String key, ReviewQueries.ReporterContact reporter, Update update, Locale language) {
        String typeName =
                types.find(reporter.type()).map(type -> type.name(language)).orElse(reporter.type());
        Object[] arguments = {
            reporter.name() == null || reporter.name().isBlank()
                    ? ""
                    : " " + reporter.name().strip(),
            reporter.trackingNumber().value(),
            update.note() == null ? "" : update.note(),
            update.reportNumber() == null ? "" : update.reportNumber(),
            statusLink(reporter),
            typeName
        };
        return messages.getMessage(key, arguments, language);
    }

    private String statusLink(ReviewQueries.ReporterContact reporter) {
        return publicUrl + "/report/status?number=" + reporter.trackingNumber().value();
    }
}
