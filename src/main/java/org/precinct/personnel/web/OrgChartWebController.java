package org.precinct.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.personnel.EmployeeRecords;
import org.precinct.personnel.OrgChart;
import org.precinct.personnel.OrgUnitDetails;
import org.precinct.personnel.OrgUnitKind;
import org.precinct.personnel.OrgUnitOption;
import org.precinct.personnel.PersonnelAccess;
import org.precinct.personnel.PersonnelEditorsOnly;
import org.precinct.personnel.PersonnelRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org chart, the unit pages, and the forms with which administrators and HR shape the organisation. */
@Controller
@RequestMapping("/staff/personnel")
class OrgChartWebController {

    private final OrgChart orgChart;
    private final EmployeeRecords employees;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final FormCommands forms;

    OrgChartWebController(OrgChart orgChart, EmployeeRecords employees, MessageSource messages, AuditTrail audit) {
        this.orgChart = orgChart;
        this.employees = employees;
        this.messages = messages;
        this.audit = audit;
        this.forms = new FormCommands(messages);
    }

    @GetMapping
    String chart(Model model) {
        model.addAttribute("tree", orgChart.tree());
        return "personnel/org-chart";
    }

    @PostMapping("/standard-organisation")
    @PersonnelEditorsOnly
    String createStandardOrganisation(Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.CREATE, "standard");
        try {
            int created = orgChart.createStandardOrganisation();
            redirect.addFlashAttribute(
                    "notice", Violations.text(messages, "personnel.chart.standard.created", created));
            return "redirect:/staff/personnel";
        } catch (PersonnelRuleViolation violation) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("ruleMessage", Violations.text(messages, violation));
            return chart(model);
        }
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model) {
        model.addAttribute("details", orgChart.unit(id));
        return "personnel/unit";
    }

    @GetMapping("/units/new")
    @PersonnelEditorsOnly
    String newUnit(@RequestParam(name = "parent", required = false) Long parentId, Model model) {
        requireEditor(AuditAction.CREATE, "new");
        model.addAttribute("form", NewOrgUnitForm.blank(parentId));
        return unitForm(model, null);
    }

    @PostMapping("/units")
    @PersonnelEditorsOnly
    String createUnit(
            @Valid @ModelAttribute("form") NewOrgUnitForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(AuditAction.CREATE, form.code());
        return forms.run(
                errors,
                response,
                redirect,
                "personnel.unit.created",
                () -> unitPath(orgChart.create(form.toCommand())),
                () -> unitForm(model, null));
    }

    @GetMapping("/units/{id}/edit")
    @PersonnelEditorsOnly
    String editUnit(@PathVariable long id, Model model) {
        requireEditor(AuditAction.CHANGE, id);
        OrgUnitDetails details = orgChart.unit(id);
        model.addAttribute("form", OrgUnitForm.of(details.unit()));
        return unitForm(model, details);
    }

    @PostMapping("/units/{id}")
    @PersonnelEditorsOnly
    String updateUnit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrgUnitForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, id);
        return forms.run(
                errors,
                response,
                redirect,
                "personnel.unit.updated",
                () -> {
                    orgChart.update(id, form.toCommand());
                    return unitPath(id);
                },
                () -> unitForm(model, orgChart.unit(id)));
    }

    @PostMapping("/units/{id}/deactivate")
    @PersonnelEditorsOnly
    String deactivate(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, id);
        return changeUnit(
                id,
                () -> orgChart.deactivate(id),
                "personnel.unit.deactivated",
                unitPath(id),
                model,
                response,
                redirect);
    }

    @PostMapping("/units/{id}/reactivate")
    @PersonnelEditorsOnly
    String reactivate(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, id);
        return changeUnit(
                id,
                () -> orgChart.reactivate(id),
                "personnel.unit.reactivated",
                unitPath(id),
                model,
                response,
                redirect);
    }

    @PostMapping("/units/{id}/delete")
    @PersonnelEditorsOnly
    String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.DELETE, id);
        return changeUnit(
                id, () -> orgChart.delete(id), "personnel.unit.deleted", "/staff/personnel", model, response, redirect);
    }

    /**
     * Makes a change to a unit from a button on its page: redirects to {@code target} with a notice, or shows the
     * unit page again with the reason a rule refused it (409).
     */
    private String changeUnit(
            long id,
            Runnable change,
            String noticeKey,
            String target,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", Violations.text(messages, noticeKey));
            return "redirect:" + target;
        } catch (PersonnelRuleViolation violation) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("ruleMessage", Violations.text(messages, violation));
            return unit(id, model);
        }
    }

    private static String unitPath(long id) {
        return "/staff/personnel/units/" + id;
    }

    /**
     * The unit form, for a new unit ({@code editing} null) or an existing one, whose own entry is left out of the
     * parent choices.
     */
    private String unitForm(Model model, OrgUnitDetails editing) {
        List<OrgUnitOption> parents = orgChart.options().stream()
                .filter(option ->
                        editing == null || option.unit().id() != editing.unit().id())
                .toList();
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", OrgUnitKind.values());
        model.addAttribute("parents", parents);
        model.addAttribute("commanders", employees.serving());
        return "personnel/unit-form";
    }

    /** Refuses, and records in the audit trail, a change attempted by someone who is neither admin nor HR. */
    private void requireEditor(AuditAction action, Object objectId) {
        PersonnelAccess.requireEditor(audit, action, OrgChart.OBJECT_TYPE, objectId);
    }
}
