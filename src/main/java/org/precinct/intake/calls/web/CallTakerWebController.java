package org.precinct.intake.calls.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.geography.GeocodeMatch;
import org.precinct.geography.Geocoder;
import org.precinct.geography.Location;
import org.precinct.intake.DuplicateCandidate;
import org.precinct.intake.DuplicateCandidates;
import org.precinct.intake.DuplicateQuery;
import org.precinct.intake.FilingOutcome;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.IncidentTypes;
import org.precinct.intake.ReportDraft;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.SameIncidentAccounts;
import org.precinct.intake.TriageReason;
import org.precinct.intake.TriageResult;
import org.precinct.intake.calls.CallTaking;
import org.precinct.intake.calls.InquiryTopics;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The call-taker console: one page for a caller on the line, worked by keyboard. Its sections talk to the server
 * with htmx as the call-taker types (the emergency check, the type search, the type's questions, address
 * suggestions and the jurisdiction check, likely duplicates), and the call ends in one of four ways without the page
 * reloading: a report filed, an account added to a report already filed, a transfer to 911 or an answered inquiry.
 * Every action also works as a plain form post, answered with the whole page.
 */
@Controller
@RequestMapping(CallTakerWebController.PATH)
@CallTakers
class CallTakerWebController {

    static final String PATH = "/staff/intake/calls";

    private static final String PAGE = "intake/calls/console";
    private static final String FRAGMENTS = "intake/calls/fragments/console";
    private static final int SUGGESTIONS = 8;

    /** Tells the duplicates panel that the type or the place changed without a change event in the form. */
    private static final String CALL_CHANGED = "call-changed";

    private final CallTaking calls;
    private final ReportTriage triage;
    private final IncidentTypes types;
    private final Geocoder geocoder;
    private final DuplicateCandidates duplicates;
    private final InquiryTopics topics;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ZoneId zone;

    CallTakerWebController(
            CallTaking calls,
            ReportTriage triage,
            IncidentTypes types,
            Geocoder geocoder,
            DuplicateCandidates duplicates,
            InquiryTopics topics,
            AuditTrail audit,
            MessageSource messages,
            PrecinctProperties properties) {
        this.calls = calls;
        this.triage = triage;
        this.types = types;
        this.geocoder = geocoder;
        this.duplicates = duplicates;
        this.topics = topics;
        this.audit = audit;
        this.messages = messages;
        this.zone = properties.timeZone();
    }

    @GetMapping
    String console(Model model, Locale locale) {
        model.addAttribute("fresh", true);
        return page(model, CallForm.blank(), ConsoleErrors.none(), locale);
    }

    /** The emergency check, as the call-taker types the description or answers a safety question. */
    @PostMapping("/triage")
    String triage(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        CallForm form = CallForm.from(parameters);
        model.addAttribute("call", form);
        model.addAttribute("triage", triageOf(form));
        return FRAGMENTS + " :: triage";
    }

    /** The types whose name, code or description has every word typed, the chosen one always first. */
    @GetMapping("/types")
    String typeOptions(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        CallForm form = CallForm.from(parameters);
        model.addAttribute("call", form);
        model.addAttribute("problems", ConsoleErrors.none());
        model.addAttribute("types", matchingTypes(form, locale));
        return FRAGMENTS + " :: type-options";
    }

    /** The chosen type's questions with the answers given so far, or the whole picker when a type is suggested. */
    @GetMapping("/questions")
    String questions(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam(name = "picker", required = false) String picker,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CallForm form = CallForm.from(parameters);
        model.addAttribute("call", form);
        model.addAttribute("problems", ConsoleErrors.none());
        model.addAttribute("chosenType", chosenType(form).orElse(null));
        if (picker != null) {
            response.setHeader("HX-Trigger", CALL_CHANGED);
            model.addAttribute("chosenNow", true);
            model.addAttribute("types", matchingTypes(form, locale));
            return FRAGMENTS + " :: type-picker";
        }
        return FRAGMENTS + " :: questions";
    }

    @GetMapping("/addresses")
    String addresses(@RequestParam(name = "address", required = false) String address, Model model) {
        model.addAttribute("suggestions", geocoder.suggest(address, SUGGESTIONS));
        model.addAttribute("typed", address == null ? "" : address);
        return FRAGMENTS + " :: suggestions";
    }

    /**
     * Places the incident at a chosen suggestion (with its point) or at the typed address (geocoded), and says whose
     * jurisdiction it is. Tells the duplicates panel to look again.
     */
    @GetMapping("/place")
    String place(
            @RequestParam(name = "address", required = false) String address,
            @RequestParam(name = "latitude", required = false) Double latitude,
            @RequestParam(name = "longitude", required = false) Double longitude,
            Model model,
            HttpServletResponse response) {
        PlaceCheck place = check(address, latitude, longitude);
        model.addAttribute("problems", ConsoleErrors.none());
        model.addAttribute("place", place);
        model.addAttribute("placeChecked", true);
        response.setHeader("HX-Trigger", CALL_CHANGED);
        return FRAGMENTS + " :: location";
    }

    /** The likely duplicates of what has been taken so far. */
    @PostMapping("/duplicates")
    String duplicates(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        CallForm form = CallForm.from(parameters);
        model.addAttribute("call", form);
        model.addAttribute("duplicates", duplicatesOf(form, locale));
        return FRAGMENTS + " :: duplicate-list";
    }

    /** One more empty row of people, vehicles or property. */
    @PostMapping("/rows")
    String addRow(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam("add") String kind,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale) {
        if (!List.of("person", "vehicle", "property").contains(kind)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        CallForm form = CallForm.from(parameters).withRowAdded(kind);
        model.addAttribute("addedRow", kind);
        if (htmx != null) {
            model.addAttribute("call", form);
            model.addAttribute("problems", ConsoleErrors.none());
            model.addAttribute("roles", CallForm.PERSON_ROLES);
            return FRAGMENTS + " :: involved";
        }
        return page(model, form, ConsoleErrors.none(), locale);
    }

    @PostMapping("/report")
    String fileReport(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CallForm form = CallForm.from(parameters);
        Map<String, String> problems = new LinkedHashMap<>();
        ReportDraft draft = form.toDraft(zone, problems);
        FilingOutcome outcome = problems.isEmpty()
                ? calls.fileReport(
                        draft, form.safety(), form.callerPhone(), form.idempotencyKey(), form.receiptLocale(locale))
                : new FilingOutcome.Invalid(problems);
        if (outcome instanceof FilingOutcome.Filed filed) {
            return result(
                    new CallResult(
                            CallResult.Kind.FILED,
                            filed.trackingNumber().value(),
                            filed.trackingCode() == null
                                    ? null
                                    : filed.trackingCode().display(),
                            List.of(),
                            null),
                    htmx,
                    model);
        }
        if (outcome instanceof FilingOutcome.Emergency) {
            model.addAttribute("emergencyAtFiling", true);
            refused(response, htmx, HttpStatus.UNPROCESSABLE_CONTENT);
            return again(model, form, ConsoleErrors.none(), htmx, locale);
        }
        refused(response, htmx, HttpStatus.BAD_REQUEST);
        return again(model, form, ConsoleErrors.of(((FilingOutcome.Invalid) outcome).problems()), htmx, locale);
    }

    @PostMapping("/transfer")
    String transfer(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CallForm form = CallForm.from(parameters);
        List<TriageReason> reasons = calls.transferTo911(form.callerPhone(), form.safety());
        return result(new CallResult(CallResult.Kind.TRANSFERRED, null, null, reasons, null), htmx, model);
    }

    @PostMapping("/inquiry")
    String inquiry(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CallForm form = CallForm.from(parameters);
        Map<String, String> problems = calls.answerInquiry(form.callerPhone(), form.topic(), form.note());
        if (!problems.isEmpty()) {
            refused(response, htmx, HttpStatus.BAD_REQUEST);
            return again(model, form, ConsoleErrors.of(problems), htmx, locale);
        }
        String label = topics.find(form.topic().strip())
                .map(topic -> topic.label(locale))
                .orElse(form.topic());
        return result(new CallResult(CallResult.Kind.INQUIRY, null, null, List.of(), label), htmx, model);
    }

    /** Adds the caller's account to a likely duplicate instead of filing a second report. */
    @PostMapping("/add-to-report")
    String addToReport(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam("report") String report,
            @RequestParam(name = "source", defaultValue = "OTHER_REPORTER") SameIncidentAccounts.Source source,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CallForm form = CallForm.from(parameters);
        SameIncidentAccounts.Outcome outcome = calls.addToReport(report, source, form.account(), form.callerPhone());
        if (outcome instanceof SameIncidentAccounts.Outcome.Added added) {
            return result(
                    new CallResult(CallResult.Kind.ADDED, added.trackingNumber().value(), null, List.of(), null),
                    htmx,
                    model);
        }
        if (outcome instanceof SameIncidentAccounts.Outcome.Emergency) {
            model.addAttribute("emergencyAtFiling", true);
            refused(response, htmx, HttpStatus.UNPROCESSABLE_CONTENT);
            return again(model, form, ConsoleErrors.none(), htmx, locale);
        }
        refused(response, htmx, HttpStatus.BAD_REQUEST);
        if (outcome instanceof SameIncidentAccounts.Outcome.Invalid invalid) {
            return again(model, form, ConsoleErrors.of(invalid.problems()), htmx, locale);
        }
        model.addAttribute("reportGone", report);
        return again(model, form, ConsoleErrors.none(), htmx, locale);
    }

    /**
     * Marks a plain post that changed nothing as refused. An htmx request gets 200 all the same: htmx swaps in
     * only successful answers, and the console with its messages is what the call-taker needs to see.
     */
    private static void refused(HttpServletResponse response, String htmx, HttpStatus status) {
        if (htmx == null) {
            response.setStatus(status.value());
        }
    }

    /** The console again with what was typed, for a correction: the whole page, or for htmx the console only. */
    private String again(Model model, CallForm form, ConsoleErrors errors, String htmx, Locale locale) {
        page(model, form, errors, locale);
        return htmx != null ? FRAGMENTS + " :: console" : PAGE;
    }

    private String result(CallResult result, String htmx, Model model) {
        model.addAttribute("result", result);
        return htmx != null ? FRAGMENTS + " :: console" : PAGE;
    }

    private String page(Model model, CallForm form, ConsoleErrors errors, Locale locale) {
        model.addAttribute("call", form);
        model.addAttribute("problems", errors);
        model.addAttribute("types", matchingTypes(form, locale));
        model.addAttribute("chosenType", chosenType(form).orElse(null));
        model.addAttribute("triage", triageOf(form));
        model.addAttribute("place", placeOf(form));
        model.addAttribute("placeChecked", false);
        model.addAttribute("duplicates", duplicatesOf(form, locale));
        model.addAttribute("topics", topics.active());
        model.addAttribute("roles", CallForm.PERSON_ROLES);
        return PAGE;
    }

    private TriageView triageOf(CallForm form) {
        if (CallForm.isBlank(form.description()) && !form.safety().answers().anyYes()) {
            return TriageView.notYet();
        }
        TriageResult result = triage.assess(form.safety());
        IncidentTypeView suggested = result.suggestedIncidentType() == null
                        || result.suggestedIncidentType().equals(form.incidentType())
                ? null
                : types.find(result.suggestedIncidentType())
                        .filter(IncidentTypeView::active)
                        .orElse(null);
        return TriageView.of(result, suggested);
    }

    private Optional<IncidentTypeView> chosenType(CallForm form) {
        return CallForm.isBlank(form.incidentType())
                ? Optional.empty()
                : types.find(form.incidentType().strip()).filter(IncidentTypeView::active);
    }

    private List<IncidentTypeView> matchingTypes(CallForm form, Locale locale) {
        String[] words = folded(form.typeSearch()).split("\\s+");
        List<IncidentTypeView> byName = new ArrayList<>();
        List<IncidentTypeView> byDescription = new ArrayList<>();
        List<IncidentTypeView> all = types.all().stream()
                .filter(IncidentTypeView::active)
                .sorted(Comparator.comparing(type -> folded(type.name(locale))))
                .toList();
        for (IncidentTypeView type : all) {
            if (type.code().value().equals(form.incidentType())) {
                continue;
            }
            String names = folded(type.nameEn() + " " + type.nameEs() + " "
                    + type.code().value().replace('_', ' '));
            String descriptions = folded(type.descriptionEn() + " " + type.descriptionEs());
            if (containsAll(names, words)) {
                byName.add(type);
            } else if (containsAll(names + " " + descriptions, words)) {
                byDescription.add(type);
            }
        }
        List<IncidentTypeView> matching = new ArrayList<>();
        chosenType(form).ifPresent(matching::add);
        matching.addAll(byName);
        matching.addAll(byDescription);
        return matching;
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, so that "vehiculo" finds "vehículo". */
    private static String folded(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    private PlaceCheck placeOf(CallForm form) {
        Double[] point = form.point();
        if (point != null) {
            return check(form.address(), point[0], point[1]);
        }
        return PlaceCheck.unchecked(form.address());
    }

    private PlaceCheck check(String address, Double latitude, Double longitude) {
        String typed = address == null ? "" : address.strip();
        if (latitude != null && longitude != null) {
            if (!Double.isFinite(latitude)
                    || !Double.isFinite(longitude)
                    || Math.abs(latitude) > 90
                    || Math.abs(longitude) > 180) {
                return PlaceCheck.unchecked(typed);
            }
            return placed(typed, latitude, longitude);
        }
        if (typed.isEmpty()) {
            return PlaceCheck.unchecked(typed);
        }
        GeocodeMatch match = geocoder.geocode(typed, 1).stream().findFirst().orElse(null);
        if (match == null) {
            return new PlaceCheck(PlaceCheck.Status.NOT_FOUND, typed, null, null, null, null);
        }
        return placed(match.address(), match.latitude(), match.longitude());
    }

    private PlaceCheck placed(String address, double latitude, double longitude) {
        Location location = geocoder.locate(latitude, longitude).orElse(null);
        if (location == null) {
            return new PlaceCheck(PlaceCheck.Status.OUTSIDE, address, latitude, longitude, null, null);
        }
        return new PlaceCheck(
                PlaceCheck.Status.INSIDE,
                address,
                latitude,
                longitude,
                location.jurisdictionName(),
                location.beatCode());
    }

    private List<DuplicateView> duplicatesOf(CallForm form, Locale locale) {
        if (CallForm.isBlank(form.incidentType())) {
            return List.of();
        }
        Double[] geocoded = null;
        if (form.point() == null && !CallForm.isBlank(form.address())) {
            geocoded = geocoder.geocode(form.address(), 1).stream()
                    .findFirst()
                    .map(match -> new Double[] {match.latitude(), match.longitude()})
                    .orElse(null);
        }
        DuplicateQuery query = form.duplicateQuery(zone, geocoded);
        if (query == null) {
            return List.of();
        }
        audit.success(AuditAction.SEARCH, "service-request", "duplicates of " + query.incidentType());
        List<DuplicateView> views = new ArrayList<>();
        for (DuplicateCandidate candidate : duplicates.find(query)) {
            views.add(new DuplicateView(
                    candidate.trackingNumber().value(),
                    types.find(candidate.incidentType())
                            .map(type -> type.name(locale))
                            .orElse(candidate.incidentType()),
                    candidate.sameType(),
                    candidate.place().describe(messages, locale),
                    candidate.occurredAt().atZone(zone).toLocalDate().toString(),
                    candidate.score()));
        }
        return views;
    }
}
