package org.precinct.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.GeocodeMatch;
import org.precinct.geography.Geocoder;
import org.precinct.geography.Location;
import org.precinct.intake.request.RequestNumbers;
import org.precinct.intake.request.ServiceRequestStore;
import org.precinct.notifications.MailOutbox;
import org.precinct.notifications.OutgoingMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a report from any channel: the emergency check first, then every field against the type, the clock and
 * the jurisdiction, then one transaction that stores the report with its likely duplicates, queues the reporter's
 * receipt and announces it. An emergency or an invalid report stores nothing.
 */
@Service
public class ReportSubmission {

    public static final int MAX_DESCRIPTION = 10_000;
    private static final int MAX_ITEMS = 20;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Set<String> PERSON_ROLES = Set.of("VICTIM", "SUSPECT", "WITNESS");

    private final ReportTriage triage;
    private final IncidentTypes types;
    private final Geocoder geocoder;
    private final RequestNumbers numbers;
    private final ServiceRequestStore store;
    private final DuplicateCandidates duplicates;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportSubmission(
            ReportTriage triage,
            IncidentTypes types,
            Geocoder geocoder,
            RequestNumbers numbers,
            ServiceRequestStore store,
            DuplicateCandidates duplicates,
            MailOutbox outbox,
            MessageSource messages,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.triage = triage;
        this.types = types;
        this.geocoder = geocoder;
        this.numbers = numbers;
        this.store = store;
        this.duplicates = duplicates;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Who and how, besides the report itself.
     *
     * @param idempotencyKey the client's key: the same key never makes a second report
     * @param callerPhone the caller's number, for phone reports
     * @param takenBy the call-taker's account, for phone reports
     * @param locale the reporter's language, for the receipt
     */
    public record Context(String idempotencyKey, String callerPhone, String takenBy, Locale locale) {

        public static Context online(String idempotencyKey, Locale locale) {
            return new Context(idempotencyKey, null, null, locale);
        }
    }

    public FilingOutcome submit(ReportDraft draft, Channel channel, Context context) {
        return submit(draft, channel, context, List.of());
    }

    /**
     * Files a report with photos or documents, stored in the report's transaction: with all of them or not at all.
     *
     * @param attachments at most {@link Attachment#MAX_PER_REPORT}
     */
    public FilingOutcome submit(ReportDraft draft, Channel channel, Context context, List<Attachment> attachments) {
        if (context.idempotencyKey() != null) {
            var earlier = store.findByIdempotencyKey(context.idempotencyKey());
            if (earlier.isPresent()) {
                return new FilingOutcome.Filed(
                        earlier.get().trackingNumber(), null, earlier.get().status(), true);
            }
        }
        // Safety first: the emergency check runs before any other, on whatever the reporter wrote.
        TriageResult assessment = triage.assess(TriageRequest.of(shorten(draft.description())));
        if (assessment.emergency()) {
            return new FilingOutcome.Emergency(assessment);
        }
        Checked checked = checked(draft, channel);
        Map<String, String> problems = new LinkedHashMap<>(checked.problems());
        if (attachments.size() > Attachment.MAX_PER_REPORT) {
            problems.put("attachments", "intake.submit.attachments.too-many");
        }
        if (!problems.isEmpty()) {
            return new FilingOutcome.Invalid(problems);
        }
        try {
            return transactions.execute(
                    status -> file(draft, channel, context, checked.type(), checked.location(), attachments));
        } catch (DuplicateKeyException repeatedConcurrently) {
            var first = store.findByIdempotencyKey(context.idempotencyKey()).orElseThrow(() -> repeatedConcurrently);
            return new FilingOutcome.Filed(first.trackingNumber(), null, first.status(), true);
        }
    }

    /**
     * Checks a report as {@link #submit} does, without the emergency check and without storing anything, so that a
     * form can tell the reporter what to correct step by step.
     *
     * @return field → message key of what is wrong with it; empty when the report could be filed
     */
    public Map<String, String> check(ReportDraft draft, Channel channel) {
        return checked(draft, channel).problems();
    }

    private record Checked(
            IncidentTypeView type, ServiceRequestStore.Location location, Map<String, String> problems) {}

    private Checked checked(ReportDraft draft, Channel channel) {
        Map<String, String> problems = new LinkedHashMap<>();
        IncidentTypeView type = checkType(draft, channel, problems);
        checkDescriptionAndTime(draft, problems);
        ServiceRequestStore.Location location = checkLocation(draft, problems);
        if (type != null) {
            checkAnswers(draft, type, problems);
            checkReporter(draft, type, problems);
        }
        checkInvolved(draft, problems);
        return new Checked(type, location, problems);
    }

    private FilingOutcome.Filed file(
            ReportDraft draft,
            Channel channel,
            Context context,
            IncidentTypeView type,
            ServiceRequestStore.Location location,
            List<Attachment> attachments) {
        TrackingNumber number = numbers.nextTrackingNumber(channel);
        TrackingCode code = TrackingCode.generate();
        int priority = type.defaultPriority().level();
        Instant receivedAt = clock.instant();
        long id = store.insert(new ServiceRequestStore.NewRequest(
                number,
                code.hash(),
                channel,
                draft,
                priority,
                location,
                context.callerPhone(),
                context.takenBy(),
                context.idempotencyKey(),
                receivedAt,
                receivedAt.plus(type.reviewTarget()),
                context.locale() == null || context.locale().getLanguage().isEmpty()
                        ? null
                        : context.locale().getLanguage()));
        for (Attachment attachment : attachments) {
            store.insertAttachment(id, null, attachment, receivedAt);
        }
        if (location.latitude() != null && location.longitude() != null) {
            duplicates.recordFor(
                    number,
                    new DuplicateQuery(
                            type.code().value(),
                            location.latitude(),
                            location.longitude(),
                            draft.occurredFrom(),
                            draft.occurredTo(),
                            draft.description()));
        }
        if (draft.reporter() != null
                && draft.reporter().email() != null
                && !draft.reporter().email().isBlank()) {
            Locale locale = context.locale() == null ? Locale.ENGLISH : context.locale();
            outbox.enqueue(OutgoingMail.plainText(
                    draft.reporter().email().strip(),
                    messages.getMessage("intake.receipt.subject", new Object[] {number.value()}, locale),
                    messages.getMessage(
                            "intake.receipt.body",
                            new Object[] {
                                nameOrEmpty(draft.reporter().name()), number.value(), code.display(), type.name(locale)
                            },
                            locale),
                    "service-request:" + id + ":received"));
        }
        audit.success(AuditAction.CREATE, "service-request", number.value());
        events.publishEvent(new ReportFiled(number.value(), type.code().value(), channel, priority));
        return new FilingOutcome.Filed(number, code, RequestStatus.RECEIVED, false);
    }

    private IncidentTypeView checkType(ReportDraft draft, Channel channel, Map<String, String> problems) {
        if (draft.incidentType() == null || draft.incidentType().isBlank()) {
            problems.put("incidentType", "intake.submit.type.required");
            return null;
        }
        var type = types.find(draft.incidentType().strip()).filter(IncidentTypeView::active);
        if (type.isEmpty()) {
            problems.put("incidentType", "intake.submit.type.unknown");
            return null;
        }
        // Only call-takers take what residents may not file themselves; Open311 apps stand in for residents.
        if (channel != Channel.PHONE && !type.get().onlineReportable()) {
            problems.put("incidentType", "intake.submit.type.phone-only");
        }
        return type.get();
    }

    private void checkDescriptionAndTime(ReportDraft draft, Map<String, String> problems) {
        if (draft.description() == null || draft.description().isBlank()) {
            problems.put("description", "intake.submit.description.required");
        } else if (draft.description().length() > MAX_DESCRIPTION) {
            problems.put("description", "intake.submit.description.too-long");
        }
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        Instant earliest = Instant.parse("1900-01-01T00:00:00Z");
        if (draft.occurredFrom() != null
                && (draft.occurredFrom().isAfter(latest) || draft.occurredFrom().isBefore(earliest))) {
            problems.put("occurredFrom", "intake.submit.when.future-or-impossible");
        }
        if (draft.occurredTo() != null
                && (draft.occurredTo().isAfter(latest) || draft.occurredTo().isBefore(earliest))) {
            problems.put("occurredTo", "intake.submit.when.future-or-impossible");
        } else if (draft.occurredFrom() != null
                && draft.occurredTo() != null
                && draft.occurredTo().isBefore(draft.occurredFrom())) {
            problems.put("occurredTo", "intake.submit.when.ends-before-start");
        }
    }

    private ServiceRequestStore.Location checkLocation(ReportDraft draft, Map<String, String> problems) {
        boolean hasPoint = draft.latitude() != null || draft.longitude() != null;
        boolean hasAddress = draft.address() != null && !draft.address().isBlank();
        if (hasPoint) {
            if (draft.latitude() == null
                    || draft.longitude() == null
                    || Math.abs(draft.latitude()) > 90
                    || Math.abs(draft.longitude()) > 180
                    || draft.latitude().isNaN()
                    || draft.longitude().isNaN()) {
                problems.put("latitude", "intake.submit.where.bad-point");
                return null;
            }
            Location place =
                    geocoder.locate(draft.latitude(), draft.longitude()).orElse(null);
            if (place == null) {
                problems.put("latitude", "intake.submit.where.outside");
                return null;
            }
            return new ServiceRequestStore.Location(
                    hasAddress ? shortenTo(draft.address().strip(), 300) : null,
                    draft.latitude(),
                    draft.longitude(),
                    place.beatCode(),
                    place.jurisdictionCode());
        }
        if (!hasAddress) {
            problems.put("address", "intake.submit.where.required");
            return null;
        }
        if (draft.address().length() > 300) {
            problems.put("address", "intake.submit.where.too-long");
            return null;
        }
        GeocodeMatch match =
                geocoder.geocode(draft.address(), 1).stream().findFirst().orElse(null);
        if (match == null) {
            problems.put("address", "intake.submit.where.not-found");
            return null;
        }
        if (match.jurisdictionCode() == null) {
            problems.put("address", "intake.submit.where.outside");
            return null;
        }
        return new ServiceRequestStore.Location(
                match.address(), match.latitude(), match.longitude(), match.beatCode(), match.jurisdictionCode());
    }

    private static void checkAnswers(ReportDraft draft, IncidentTypeView type, Map<String, String> problems) {
        for (String questionCode : draft.answers().keySet()) {
            if (type.question(questionCode).isEmpty()) {
                problems.put("answers." + questionCode, "intake.submit.answer.unknown");
            }
        }
        for (IncidentQuestion question : type.questions()) {
            Object given = draft.answers().get(question.code());
            String answer = given == null ? null : String.valueOf(given);
            if (!question.accepts(answer)) {
                problems.put(
                        "answers." + question.code(),
                        answer == null || answer.isBlank()
                                ? "intake.submit.answer.required"
                                : "intake.submit.answer.invalid");
            }
        }
    }

    private static void checkReporter(ReportDraft draft, IncidentTypeView type, Map<String, String> problems) {
        ReportDraft.Reporter reporter = draft.reporter();
        boolean named =
                reporter != null && reporter.name() != null && !reporter.name().isBlank();
        boolean reachable = reporter != null
                && ((reporter.email() != null && !reporter.email().isBlank())
                        || (reporter.phone() != null && !reporter.phone().isBlank()));
        if (!type.anonymousAllowed() && !named) {
            problems.put("reporter.name", "intake.submit.reporter.name-required");
        }
        if (!type.anonymousAllowed() && !reachable) {
            problems.put("reporter.email", "intake.submit.reporter.contact-required");
        }
        if (reporter != null) {
            if (reporter.name() != null && reporter.name().length() > 200) {
                problems.put("reporter.name", "intake.submit.too-long");
            }
            if (reporter.email() != null
                    && !reporter.email().isBlank()
                    && (reporter.email().length() > 254
                            || !EMAIL.matcher(reporter.email().strip()).matches())) {
                problems.put("reporter.email", "intake.submit.reporter.email-invalid");
            }
            if (reporter.phone() != null
                    && !reporter.phone().isBlank()
                    && !reporter.phone().strip().matches("[+0-9 ().-]{7,25}")) {
                problems.put("reporter.phone", "intake.submit.reporter.phone-invalid");
            }
        }
    }

    private static void checkInvolved(ReportDraft draft, Map<String, String> problems) {
        if (draft.people().size() > MAX_ITEMS
                || draft.vehicles().size() > MAX_ITEMS
                || draft.property().size() > MAX_ITEMS) {
            problems.put("people", "intake.submit.too-many");
        }
        for (int i = 0; i < draft.people().size(); i++) {
            var person = draft.people().get(i);
            if (person.role() == null || !PERSON_ROLES.contains(person.role())) {
                problems.put("people[" + i + "].role", "intake.submit.person.role");
            }
            if (tooLong(person.name(), 200) || tooLong(person.description(), 2000)) {
                problems.put("people[" + i + "]", "intake.submit.too-long");
            }
        }
        for (int i = 0; i < draft.vehicles().size(); i++) {
            var vehicle = draft.vehicles().get(i);
            if (tooLong(vehicle.make(), 60)
                    || tooLong(vehicle.model(), 60)
                    || tooLong(vehicle.colour(), 40)
                    || tooLong(vehicle.plate(), 20)
                    || tooLong(vehicle.plateState(), 10)) {
                problems.put("vehicles[" + i + "]", "intake.submit.too-long");
            }
        }
        for (int i = 0; i < draft.property().size(); i++) {
            var item = draft.property().get(i);
            if (item.description() == null || item.description().isBlank()) {
                problems.put("property[" + i + "].description", "intake.submit.property.description");
            } else if (tooLong(item.description(), 500) || tooLong(item.serial(), 100)) {
                problems.put("property[" + i + "]", "intake.submit.too-long");
            }
            if (item.valueCents() != null && (item.valueCents() < 0 || item.valueCents() > 100_000_000_00L)) {
                problems.put("property[" + i + "].value", "intake.submit.property.value");
            }
        }
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private static String shorten(String text) {
        return text == null ? "" : shortenTo(text, MAX_DESCRIPTION);
    }

    private static String shortenTo(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String nameOrEmpty(String name) {
        return name == null || name.isBlank() ? "" : " " + name.strip();
    }
}
