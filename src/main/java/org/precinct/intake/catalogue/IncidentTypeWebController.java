package org.precinct.intake.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.NibrsOffenseCode;
import org.precinct.intake.Priority;
import org.precinct.intake.QuestionDatatype;
import org.precinct.intake.Routing;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue pages of the staff console: the list and each type for administrators and supervisors; the forms
 * with which administrators create, change, deactivate and reactivate types.
 *
 * <p>The form's question rows are added, removed and moved with submit buttons ({@code questionAction}), which
 * redraw the form without saving, so it works without scripts; with htmx the same request redraws only the form.
 */
@Controller
@RequestMapping(IncidentTypeWebController.PATH)
class IncidentTypeWebController {

    static final String PATH = "/staff/intake/incident-types";

    private static final String FORM = "intake/catalogue/form";
    private static final String FORM_FRAGMENT = "intake/catalogue/fragments/form :: form";

    private final IncidentTypeCatalogue catalogue;
    private final MessageSource messages;

    IncidentTypeWebController(IncidentTypeCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    @CatalogueAccess.ReadersOnly
    public String list(Locale locale, Model model) {
        Collator collator = Collator.getInstance(locale);
        List<IncidentTypeView> types = catalogue.everyType().stream()
                .sorted(Comparator.comparing((IncidentTypeView type) -> type.name(locale), collator))
                .toList();
        model.addAttribute("types", types);
        return "intake/catalogue/list";
    }

    @GetMapping("/{code}")
    @CatalogueAccess.ReadersOnly
    public String type(@PathVariable String code, Model model) {
        model.addAttribute("type", catalogue.find(code).orElseThrow(IncidentTypeWebController::notFound));
        return "intake/catalogue/type";
    }

    @GetMapping("/new")
    @CatalogueAccess.EditorsOnly
    public String newType(Model model) {
        return form(model, IncidentTypeForm.blank(), null, -1);
    }

    @PostMapping
    @CatalogueAccess.EditorsOnly
    public String create(
            @Valid @ModelAttribute("incidentType") IncidentTypeForm form,
            BindingResult errors,
            @RequestParam(name = "questionAction", required = false) String questionAction,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (questionAction != null) {
            return rearranged(form, questionAction, null, htmx, model, response);
        }
        if (valid(form, errors)) {
            try {
                IncidentTypeCode code = catalogue.create(new IncidentTypeCode(form.code()), form.toDefinition());
                redirect.addFlashAttribute("notice", text("intake.catalogue.created", form.nameEn()));
                return "redirect:" + PATH + "/" + code.value();
            } catch (CatalogueRuleViolation violation) {
                reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, null, -1);
    }

    @GetMapping("/{code}/edit")
    @CatalogueAccess.EditorsOnly
    public String edit(@PathVariable String code, Model model) {
        EditableIncidentType editable = catalogue.editable(existing(code));
        return form(model, IncidentTypeForm.of(editable), editable.type(), -1);
    }

    @PostMapping("/{code}")
    @CatalogueAccess.EditorsOnly
    public String update(
            @PathVariable String code,
            @Valid @ModelAttribute("incidentType") IncidentTypeForm submitted,
            BindingResult errors,
            @RequestParam(name = "questionAction", required = false) String questionAction,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        IncidentTypeCode typeCode = existing(code);
        IncidentTypeView editing = catalogue.find(code).orElseThrow(IncidentTypeWebController::notFound);
        // The code is not editable: whatever the form says, the address names the type.
        IncidentTypeForm form = submitted.withCode(typeCode.value());
        if (questionAction != null) {
            return rearranged(form, questionAction, editing, htmx, model, response);
        }
        if (valid(form, errors)) {
            if (form.startingVersion().isEmpty()) {
                errors.reject("intake.catalogue.rule.changed-meanwhile");
            } else {
                try {
                    catalogue.update(typeCode, form.startingVersion().get(), form.toDefinition());
                    redirect.addFlashAttribute("notice", text("intake.catalogue.updated", form.nameEn()));
                    return "redirect:" + PATH + "/" + typeCode.value();
                } catch (CatalogueRuleViolation violation) {
                    reject(errors, violation);
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // The bound form, not its copy: the messages belong to the object that was bound.
        return form(model, submitted, editing, -1);
    }

    @PostMapping("/{code}/deactivate")
    @CatalogueAccess.EditorsOnly
    public String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        return changeActivity(code, catalogue::deactivate, "intake.catalogue.deactivated", redirect);
    }

    @PostMapping("/{code}/reactivate")
    @CatalogueAccess.EditorsOnly
    public String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        return changeActivity(code, catalogue::reactivate, "intake.catalogue.reactivated", redirect);
    }

    /** Runs a change of whether a type is taken, and comes back to the type with the notice or the refusal. */
    private String changeActivity(
            String code,
            java.util.function.Consumer<IncidentTypeCode> change,
            String noticeKey,
            RedirectAttributes redirect) {
        IncidentTypeCode typeCode = existing(code);
        try {
            change.accept(typeCode);
            redirect.addFlashAttribute("notice", text(noticeKey));
        } catch (CatalogueRuleViolation violation) {
            redirect.addFlashAttribute("ruleMessage", text(violation.messageKey()));
        }
        return "redirect:" + PATH + "/" + typeCode.value();
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
    }

    /** Lets the error page, which has the page frame, answer an unknown type. */
    @ExceptionHandler(NoSuchRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** Field-level checks passed, and the checks between fields too; adds the latter's messages to {@code errors}. */
    private static boolean valid(IncidentTypeForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return false;
        }
        List<CatalogueProblem> problems = form.crossFieldProblems();
        problems.forEach(problem -> reject(errors, problem));
        return problems.isEmpty();
    }

    /**
     * Redraws the form with a question row added, removed or moved, saving nothing and showing no messages yet: the
     * administrator is still writing.
     */
    private String rearranged(
            IncidentTypeForm form,
            String questionAction,
            IncidentTypeView editing,
            String htmx,
            Model model,
            HttpServletResponse response) {
        List<QuestionForm> rows = new ArrayList<>(form.questions());
        int focus = -1;
        String[] parts = questionAction.split(":", 2);
        int index = parts.length == 2 && parts[1].matches("[0-9]{1,3}") ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "add" -> {
                if (rows.size() < IncidentType.MAX_QUESTIONS) {
                    rows.add(QuestionForm.blank());
                }
                focus = rows.size() - 1;
            }
            case "remove" -> {
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            }
            case "up" -> {
                if (index > 0 && index < rows.size()) {
                    rows.add(index - 1, rows.remove(index));
                    focus = index - 1;
                }
            }
            case "down" -> {
                if (index >= 0 && index < rows.size() - 1) {
                    rows.add(index + 1, rows.remove(index));
                    focus = index + 1;
                }
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        IncidentTypeForm changed = form.withQuestions(rows);
        response.addHeader("Vary", "HX-Request");
        form(model, changed, editing, focus);
        return htmx != null ? FORM_FRAGMENT : FORM;
    }

    private String form(Model model, IncidentTypeForm form, IncidentTypeView editing, int focusQuestion) {
        model.addAttribute("incidentType", form);
        model.addAttribute("editing", editing);
        model.addAttribute("focusQuestion", focusQuestion);
        model.addAttribute("maxQuestions", IncidentType.MAX_QUESTIONS);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("routings", Routing.values());
        model.addAttribute("datatypes", QuestionDatatype.values());
        model.addAttribute(
                "nibrsCodes", NibrsOffenseCode.CODES.stream().sorted().toList());
        return FORM;
    }

    private static void reject(BindingResult errors, CatalogueRuleViolation violation) {
        violation.problems().forEach(problem -> reject(errors, problem));
    }

    private static void reject(BindingResult errors, CatalogueProblem problem) {
        Object[] arguments = problem.arguments().toArray();
        if (problem.field() != null && errors.getFieldType(problem.field()) != null) {
            errors.rejectValue(problem.field(), problem.messageKey(), arguments, null);
        } else {
            errors.reject(problem.messageKey(), arguments, null);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static IncidentTypeCode existing(String code) {
        if (!IncidentTypeCode.isValid(code)) {
            throw notFound();
        }
        return new IncidentTypeCode(code);
    }

    private static NoSuchRecordException notFound() {
        return new NoSuchRecordException(IncidentTypeCatalogue.OBJECT_TYPE, "?");
    }
}
