package org.precinct.records.index.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.MasterIndexes;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterRecordInvalidException;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.MasterRecordMatch;
import org.precinct.records.MasterRecordSaved;
import org.precinct.records.check.RecordCheckRequest;
import org.precinct.records.check.RecordChecks;
import org.precinct.records.index.CautionKind;
import org.precinct.records.index.ItemIndex;
import org.precinct.records.index.ItemView;
import org.precinct.records.index.MasterMerges;
import org.precinct.records.index.MasterRecordProblems;
import org.precinct.records.index.PersonCodes;
import org.precinct.records.index.PersonIndex;
import org.precinct.records.index.PersonRecordChanges;
import org.precinct.records.index.PersonView;
import org.precinct.records.index.RecordsStaff;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.precinct.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The master records in the staff console: a person's record with cautions first, photographs, names, marks and
 * involvements; vehicles and items; the new-person form with its duplicate check; and, for records staff, cautions,
 * mug shots, merges and their undoing. Opening a record needs a reason: the one of the check it was found by, or
 * one given for opening it. Sealed and juvenile records do not exist for anyone but records staff.
 */
@Controller
class MasterRecordWebController {

    static final String PERSONS = "/staff/records/persons";
    static final String VEHICLES = "/staff/records/vehicles";
    static final String PROPERTY = "/staff/records/property";
    static final String READERS = "hasAnyRole('OFFICER','SUPERVISOR','RECORDS','COMMAND','ADMIN')";
    static final String WRITERS = "hasAnyRole('OFFICER','SUPERVISOR','RECORDS')";
    static final String CLERKS = "hasRole('RECORDS')";
    static final String CAUTION_KEEPERS = "hasAnyRole('RECORDS','SUPERVISOR')";

    private final PersonIndex persons;
    private final ItemIndex items;
    private final MasterIndexes indexes;
    private final PersonRecordChanges changes;
    private final MasterMerges merges;
    private final RecordChecks checks;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    MasterRecordWebController(
            PersonIndex persons,
            ItemIndex items,
            MasterIndexes indexes,
            PersonRecordChanges changes,
            MasterMerges merges,
            RecordChecks checks,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.persons = persons;
        this.items = items;
        this.indexes = indexes;
        this.changes = changes;
        this.merges = merges;
        this.checks = checks;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PERSONS + "/{id}")
    @PreAuthorize(READERS)
    String person(
            @PathVariable long id,
            @RequestParam(required = false) Long check,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        RecordsStaff staff = RecordsStaff.current();
        PersonView person = visiblePerson(id, staff);
        String why = reasonFor(check, reason, staff);
        if (why == null) {
            return reasonPage(model, response, reason, PERSONS + "/" + id);
        }
        checks.recordView(MasterRecordKind.PERSON, id, why, staff);
        model.addAttribute("person", person);
        model.addAttribute("check", check);
        model.addAttribute("reason", check == null ? why : null);
        model.addAttribute("cautionKinds", CautionKind.values());
        model.addAttribute("clerk", staff.seesRestricted());
        model.addAttribute(
                "keepsCautions", staff.seesRestricted() || staff.roles().contains(Role.SUPERVISOR));
        return "records/index/person";
    }

    @GetMapping(PERSONS + "/new")
    @PreAuthorize(WRITERS)
    String newPerson(Model model) {
        return personForm(model, PersonForm.blank(), Map.of(), List.of());
    }

    @PostMapping(PERSONS)
    @PreAuthorize(WRITERS)
    String createPerson(
            @ModelAttribute("personForm") PersonForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(form.formatProblems());
        if (errors.isEmpty()) {
            MasterPersonDetails details = form.toDetails();
            try {
                if (!form.confirmed()) {
                    // Nothing saved yet: ask first when the person may already have a record.
                    List<MasterRecordMatch> matches = persons.possibleDuplicates(details, -1);
                    if (!matches.isEmpty()
                            && MasterRecordProblems.of(details, clock).isEmpty()) {
                        return personForm(model, form, Map.of(), matches);
                    }
                }
                MasterRecordSaved saved = indexes.registerPerson(details);
                redirect.addFlashAttribute("notice", text("records.index.person.created"));
                return "redirect:" + PERSONS + "/" + saved.id() + "?reason="
                        + java.net.URLEncoder.encode(
                                text("records.index.person.created-reason"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (MasterRecordInvalidException invalid) {
                invalid.problems().forEach((field, key) -> errors.putIfAbsent(PersonForm.fieldOf(field), key));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return personForm(model, form, errors, List.of());
    }

    @PostMapping(PERSONS + "/{id}/cautions")
    @PreAuthorize(CAUTION_KEEPERS)
    String addCaution(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Optional<CautionKind> cautionKind = java.util.Arrays.stream(CautionKind.values())
                .filter(known -> known.name().equals(kind))
                .findFirst();
        if (cautionKind.isEmpty()) {
            redirect.addFlashAttribute("ruleMessage", text("records.index.caution.kind-required"));
        } else {
            try {
                changes.addCaution(id, cautionKind.get(), note, RecordsStaff.current());
                redirect.addFlashAttribute("notice", text("records.index.caution.added"));
            } catch (RuleViolationException violation) {
                redirect.addFlashAttribute("ruleMessage", text(violation.messageKey()));
            }
        }
        return backToPerson(id);
    }

    @PostMapping(PERSONS + "/{id}/cautions/{caution}/end")
    @PreAuthorize(CAUTION_KEEPERS)
    String endCaution(@PathVariable long id, @PathVariable long caution, RedirectAttributes redirect) {
        try {
            changes.endCaution(id, caution, RecordsStaff.current());
            redirect.addFlashAttribute("notice", text("records.index.caution.ended"));
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("ruleMessage", text(violation.messageKey()));
        }
        return backToPerson(id);
    }

    @PostMapping(PERSONS + "/{id}/mugshots")
    @PreAuthorize(CLERKS)
    String addMugShot(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile photo,
            @RequestParam(required = false) String takenOn,
            RedirectAttributes redirect)
            throws IOException {
        LocalDate taken = null;
        try {
            taken = takenOn == null || takenOn.isBlank() ? null : LocalDate.parse(takenOn.strip());
        } catch (DateTimeParseException e) {
            taken = null;
        }
        try {
            if (taken == null) {
                throw new RuleViolationException("records.index.mugshot.date-required");
            }
            changes.addMugShot(id, taken, photo == null ? new byte[0] : photo.getBytes(), RecordsStaff.current());
            redirect.addFlashAttribute("notice", text("records.index.mugshot.added"));
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("ruleMessage", text(violation.messageKey()));
        }
        return backToPerson(id);
    }

    @GetMapping("/staff/records/mugshots/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> mugShot(@PathVariable long id) {
        PersonIndex.MugShot shot = persons.mugShot(id).orElseThrow(() -> new NoSuchRecordException("mug shot", id));
        RecordsStaff staff = RecordsStaff.current();
        long live = persons.liveRecordOf(shot.personId()).orElseThrow();
        visiblePerson(live, staff);
        audit.success(AuditAction.VIEW, "mug-shot", id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(shot.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(shot.content());
    }

    @PostMapping({PERSONS + "/{id}/merge", VEHICLES + "/{id}/merge", PROPERTY + "/{id}/merge"})
    @PreAuthorize(CLERKS)
    String merge(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) String other,
            @RequestParam(required = false) String mergeReason,
            RedirectAttributes redirect) {
        MasterRecordKind recordKind = kind(request);
        if (other == null || !other.strip().matches("[0-9]{1,18}")) {
            redirect.addFlashAttribute("ruleMessage", text("records.index.merge.other-required"));
        } else {
            try {
                merges.merge(recordKind, id, Long.parseLong(other.strip()), mergeReason, RecordsStaff.current());
                redirect.addFlashAttribute("notice", text("records.index.merge.done", other.strip()));
            } catch (RuleViolationException violation) {
                redirect.addFlashAttribute("ruleMessage", text(violation.messageKey()));
            } catch (NoSuchRecordException missing) {
                redirect.addFlashAttribute("ruleMessage", text("records.index.merge.other-missing"));
            }
        }
        return back(recordKind, id);
    }

    @PostMapping({
        PERSONS + "/{id}/merges/{merge}/undo",
        VEHICLES + "/{id}/merges/{merge}/undo",
        PROPERTY + "/{id}/merges/{merge}/undo"
    })
    @PreAuthorize(CLERKS)
    String undoMerge(
            HttpServletRequest request, @PathVariable long id, @PathVariable long merge, RedirectAttributes redirect) {
        MasterRecordKind recordKind = kind(request);
        try {
            long[] records = merges.undo(merge, RecordsStaff.current());
            redirect.addFlashAttribute("notice", text("records.index.merge.undone", records[1]));
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("ruleMessage", text(violation.messageKey()));
        }
        return back(recordKind, id);
    }

    @PostMapping(PERSONS + "/{id}/seal")
    @PreAuthorize(CLERKS)
    String seal(
            @PathVariable long id, @RequestParam(defaultValue = "true") boolean sealed, RedirectAttributes redirect) {
        changes.seal(id, sealed, RecordsStaff.current());
        redirect.addFlashAttribute(
                "notice", text(sealed ? "records.index.person.sealed" : "records.index.person.unsealed"));
        return backToPerson(id);
    }

    @GetMapping({VEHICLES + "/{id}", PROPERTY + "/{id}"})
    @PreAuthorize(READERS)
    String item(
            HttpServletRequest request,
            @PathVariable long id,
            @RequestParam(required = false) Long check,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        MasterRecordKind recordKind = kind(request);
        String kind = recordKind == MasterRecordKind.VEHICLE ? "vehicles" : "property";
        ItemView item = (recordKind == MasterRecordKind.VEHICLE ? items.vehicle(id) : items.property(id))
                .orElseThrow(() -> new NoSuchRecordException(kind, id));
        RecordsStaff staff = RecordsStaff.current();
        String why = reasonFor(check, reason, staff);
        if (why == null) {
            return reasonPage(model, response, reason, "/staff/records/" + kind + "/" + id);
        }
        checks.recordView(recordKind, id, why, staff);
        model.addAttribute("item", item);
        model.addAttribute("path", kind);
        model.addAttribute("clerk", staff.seesRestricted());
        return "records/index/item";
    }

    /** Lets the error page, which has the page frame, answer an unknown or hidden record. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * The person, or not found when there is none, or when it is sealed or a juvenile's and the staff member is not
     * records staff (the refusal is audited, the answer is the same as for no record).
     */
    private PersonView visiblePerson(long id, RecordsStaff staff) {
        PersonView person = persons.find(id).orElseThrow(() -> new NoSuchRecordException("person", id));
        if ((person.sealed() || person.juvenile()) && !staff.seesRestricted()) {
            audit.denied(AuditAction.VIEW, MasterMerges.objectType(MasterRecordKind.PERSON), id);
            throw new NoSuchRecordException("person", id);
        }
        return person;
    }

    private String reasonFor(Long check, String reason, RecordsStaff staff) {
        if (check != null) {
            String fromCheck = checks.reasonOf(check, staff);
            if (fromCheck != null) {
                return fromCheck;
            }
        }
        if (reason != null
                && reason.strip().length() >= RecordCheckRequest.MIN_REASON
                && reason.strip().length() <= RecordCheckRequest.MAX_REASON) {
            return reason.strip();
        }
        return null;
    }

    private String reasonPage(Model model, HttpServletResponse response, String reason, String action) {
        model.addAttribute("action", action);
        model.addAttribute("reasonValue", reason == null ? "" : reason);
        model.addAttribute("reasonError", reason != null);
        if (reason != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "records/index/reason";
    }

    private String personForm(
            Model model, PersonForm form, Map<String, String> errors, List<MasterRecordMatch> duplicates) {
        model.addAttribute("personForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("sexes", PersonCodes.SEX);
        model.addAttribute("races", PersonCodes.RACE);
        model.addAttribute("hairs", PersonCodes.HAIR);
        model.addAttribute("eyeColours", PersonCodes.EYES);
        model.addAttribute("markKinds", PersonCodes.MARK_KINDS);
        return "records/index/person-form";
    }

    /** The kind of record an address is about: /staff/records/{persons|vehicles|property}/... */
    private static MasterRecordKind kind(HttpServletRequest request) {
        String[] segments = request.getRequestURI()
                .substring(request.getContextPath().length())
                .split("/");
        String path = segments.length > 3 ? segments[3] : "";
        switch (path) {
            case "persons":
                return MasterRecordKind.PERSON;
            case "vehicles":
                return MasterRecordKind.VEHICLE;
            case "property":
                return MasterRecordKind.PROPERTY;
            default:
                throw new NoSuchRecordException("record kind", path);
        }
    }

    private static String back(MasterRecordKind kind, long id) {
        switch (kind) {
            case PERSON:
                return backToPerson(id);
            case VEHICLE:
                return "redirect:" + VEHICLES + "/" + id + "?reason=merge";
            default:
                return "redirect:" + PROPERTY + "/" + id + "?reason=merge";
        }
    }

    private static String backToPerson(long id) {
        return "redirect:" + PERSONS + "/" + id + "?reason=update";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationLink newPersonNavigationLink() {
            return new NavigationLink("records.index.nav.new-person", PERSONS + "/new", Set.of(Role.RECORDS), 310);
        }
    }
}
