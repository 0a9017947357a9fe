package org.precinct.intake.open311;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.precinct.intake.Channel;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportSubmission;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a POST requests call: the client's key, then the parameters read into a report draft, then the same
 * submission every channel goes through, emergency check first. What Open311 adds (the token, the client, the media
 * URL) is stored in the transaction that stores the report, so a request is kept whole or not at all.
 *
 * <p>A few checks belong to Open311 alone (the description's 4,000 characters, the media URL, one value per
 * attribute). When one fails, the emergency check still runs first, so that a danger is never answered with a
 * complaint about a parameter.
 */
@Service
class Open311Filing {

    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_MEDIA_URL = 2_000;

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,80})\\](\\[\\])?");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("\\p{Graph}{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Submission problems whose wording speaks of the portal's form, in the words of this API instead. */
    private static final Map<String, String> API_WORDING = Map.of(
            "intake.submit.type.required", "open311.error.service-code.missing",
            "intake.submit.description.required", "open311.error.description.required",
            "intake.submit.where.required", "open311.error.location.required",
            "intake.submit.where.bad-point", "open311.error.location.bad-point",
            "intake.submit.where.not-found", "open311.error.location.not-found",
            "intake.submit.reporter.name-required", "open311.error.reporter.name-required",
            "intake.submit.reporter.contact-required", "open311.error.reporter.contact-required");

    private final Open311Clients clients;
    private final Open311Services services;
    private final Open311RequestStore store;
    private final ReportSubmission submission;
    private final ReportTriage triage;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    Open311Filing(
            Open311Clients clients,
            Open311Services services,
            Open311RequestStore store,
            ReportSubmission submission,
            ReportTriage triage,
            TransactionTemplate transactions,
            MessageSource messages,
            Clock clock,
            PrecinctProperties properties) {
        this.clients = clients;
        this.services = services;
        this.store = store;
        this.submission = submission;
        this.triage = triage;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** What became of a call: a request filed (or found again by its idempotency key), or refused. */
    sealed interface Result {}

    /**
     * @param serviceRequestId the new request's id, which is its tracking number
     * @param token the token that finds the id again
     * @param serviceNotice what the department will do with it
     */
    record Filed(String serviceRequestId, String token, String serviceNotice) implements Result {}

    /** @param status the HTTP status of the answer */
    record Refused(int status, List<Open311Error> errors) implements Result {}

    Result file(Open311Params params, String idempotencyKey, Locale locale) {
        String apiKey = params.first("api_key");
        if (apiKey == null) {
            return refused(403, List.of(Open311Problem.of("api_key", "open311.error.api-key.missing")), locale);
        }
        Optional<Open311Clients.Caller> caller = clients.authenticate(apiKey);
        if (caller.isEmpty()) {
            return refused(403, List.of(Open311Problem.of("api_key", "open311.error.api-key.invalid")), locale);
        }
        List<Open311Problem> problems = new ArrayList<>();
        ReportDraft draft = draft(params, problems);
        String mediaUrl = mediaUrl(params.first("media_url"), problems);
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            problems.add(Open311Problem.of(null, "open311.error.idempotency-key"));
        }
        if (!problems.isEmpty()) {
            TriageResult assessment = triage.assess(TriageRequest.of(draft.description()));
            return assessment.emergency() ? emergency(assessment, locale) : refused(400, problems, locale);
        }
        ReportSubmission.Context context = new ReportSubmission.Context(
                idempotencyKey == null ? null : "open311:" + caller.get().scope() + ":" + idempotencyKey,
                null,
                null,
                locale);
        FilingOutcome outcome;
        try {
            outcome = transactions.execute(status -> fileWhole(draft, context, caller.get(), mediaUrl));
        } catch (DataAccessException sameKeyAtTheSameMoment) {
            if (context.idempotencyKey() == null) {
                throw sameKeyAtTheSameMoment;
            }
            // Another call with the same key won the race: the submission now finds its request and answers with it.
            outcome = submission.submit(draft, Channel.OPEN311, context);
        }
        if (outcome instanceof FilingOutcome.Filed filed) {
            String number = filed.trackingNumber().value();
            String notice = services.offered(draft.incidentType())
                    .map(type -> services.notice(type, locale))
                    .orElse(null);
            return new Filed(number, store.tokenOf(number).orElse(null), notice);
        }
        if (outcome instanceof FilingOutcome.Emergency emergency) {
            return emergency(emergency.triage(), locale);
        }
        return invalid(((FilingOutcome.Invalid) outcome).problems(), draft.incidentType(), locale);
    }

    private FilingOutcome fileWhole(
            ReportDraft draft, ReportSubmission.Context context, Open311Clients.Caller caller, String mediaUrl) {
        FilingOutcome outcome = submission.submit(draft, Channel.OPEN311, context);
        if (outcome instanceof FilingOutcome.Filed filed && !filed.repeated()) {
            store.recordFiling(
                    filed.trackingNumber().value(), newToken(), caller.clientId(), mediaUrl, clock.instant());
            clients.noteUse(caller);
        }
        return outcome;
    }

    /** The draft the parameters describe; what cannot be read is left for the submission to refuse, or noted. */
    private ReportDraft draft(Open311Params params, List<Open311Problem> problems) {
        String serviceCode = params.first("service_code");
        Optional<IncidentTypeView> type = serviceCode == null ? Optional.empty() : services.offered(serviceCode);
        String description = params.first("description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(Open311Problem.of("description", "open311.error.description.too-long", MAX_DESCRIPTION));
        }
        String address = params.first("address_string");
        Double latitude = degrees(params.first("lat"));
        Double longitude = degrees(params.first("long"));
        if (address == null && latitude == null && longitude == null && params.first("address_id") != null) {
            problems.add(Open311Problem.of("address_id", "open311.error.address-id"));
        }
        String firstName = params.first("first_name");
        String lastName = params.first("last_name");
        String name = firstName == null ? lastName : lastName == null ? firstName : firstName + " " + lastName;
        String email = params.first("email");
        String phone = params.first("phone");
        ReportDraft.Reporter reporter =
                name == null && email == null && phone == null ? null : new ReportDraft.Reporter(name, email, phone);
        return new ReportDraft(
                serviceCode,
                description,
                null,
                null,
                address,
                latitude,
                longitude,
                answers(params, type, problems),
                reporter,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * The answers given as {@code attribute[code]=value} (or {@code attribute[code][]=value}). Information-only
     * attributes are no questions and are dropped; a date may come as a date or as a date and time.
     */
    private Map<String, Object> answers(
            Open311Params params, Optional<IncidentTypeView> type, List<Open311Problem> problems) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : params.values().entrySet()) {
            Matcher matcher = ATTRIBUTE.matcher(parameter.getKey());
            if (!matcher.matches()) {
                continue;
            }
            List<String> values = given.computeIfAbsent(matcher.group(1), code -> new ArrayList<>());
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        for (Map.Entry<String, List<String>> attribute : given.entrySet()) {
            String code = attribute.getKey();
            List<String> values = attribute.getValue();
            if (code.equals(Open311Services.EMERGENCY_NOTICE)
                    || code.equals(Open311Services.IDENTITY_NOTICE)
                    || values.isEmpty()) {
                continue;
            }
            if (values.size() > 1) {
                problems.add(Open311Problem.of("attribute[" + code + "]", "open311.error.attribute.one-value"));
                continue;
            }
            boolean date = type.flatMap(found -> found.question(code))
                    .map(IncidentQuestion::datatype)
                    .filter(datatype -> datatype == QuestionDatatype.DATE)
                    .isPresent();
            answers.put(code, date ? asDate(values.get(0)) : values.get(0));
        }
        return answers;
    }

    /** A date and time with its offset as the department's calendar date; anything else as given. */
    private String asDate(String value) {
        try {
            return OffsetDateTime.parse(value)
                    .atZoneSameInstant(zone)
                    .toLocalDate()
                    .toString();
        } catch (DateTimeParseException notADateTime) {
            return value;
        }
    }

    /** Degrees as given; text that is no number reads as not-a-number, which the submission refuses. */
    private static Double degrees(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String mediaUrl(String text, List<Open311Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (text.length() <= MAX_MEDIA_URL
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // Refused below, like any other URL that is not a web address.
        }
        problems.add(Open311Problem.of("media_url", "open311.error.media-url"));
        return null;
    }

    private static String newToken() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private Refused emergency(TriageResult assessment, Locale locale) {
        List<Open311Error> errors = new ArrayList<>();
        errors.add(
                new Open311Error(Open311Error.EMERGENCY, messages.getMessage("intake.submit.emergency", null, locale)));
        assessment
                .reasons()
                .forEach(reason -> errors.add(new Open311Error(
                        Open311Error.EMERGENCY,
                        messages.getMessage(reason.messageKey(), null, reason.code(), locale))));
        return new Refused(400, errors);
    }

    private Refused invalid(Map<String, String> submissionProblems, String serviceCode, Locale locale) {
        String typeProblem = submissionProblems.get("incidentType");
        if ("intake.submit.type.unknown".equals(typeProblem) || "intake.submit.type.phone-only".equals(typeProblem)) {
            return refused(
                    404,
                    List.of(Open311Problem.of("service_code", "open311.error.service.not-found", serviceCode)),
                    locale);
        }
        List<Open311Problem> problems = new ArrayList<>();
        submissionProblems.forEach(
                (field, key) -> problems.add(Open311Problem.of(parameter(field), API_WORDING.getOrDefault(key, key))));
        return refused(400, problems, locale);
    }

    /** The Open311 parameter behind a field of the draft. */
    private static String parameter(String draftField) {
        if (draftField.startsWith("answers.")) {
            return "attribute[" + draftField.substring("answers.".length()) + "]";
        }
        return switch (draftField) {
            case "incidentType" -> "service_code";
            case "address" -> "address_string";
            case "latitude" -> "lat";
            case "longitude" -> "long";
            case "reporter.name" -> "first_name";
            case "reporter.email" -> "email";
            case "reporter.phone" -> "phone";
            default -> draftField;
        };
    }

    private Refused refused(int status, List<Open311Problem> problems, Locale locale) {
        return new Refused(status, Open311Error.of(status, problems, messages, locale));
    }
}
