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

    OrgChartWebController(OrgChart orgChart, EmployeeRecords employees, MessageSource messages, AuditTrail audit) {
        this.orgChart = orgChart;
        this.employees = employees;
        this.messages = messages;
        this.audit = audit;
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
        if (!errors.hasErrors()) {
            try {
                long id = orgChart.create(form.toCommand());
                redirect.addFlashAttribute("notice", Violations.text(messages, "personnel.unit.created"));
                return "redirect:/staff/personnel/units/" + id;
            } catch (PersonnelRuleViolation violation) {
                Violations.reject(errors, violation);
                response.setStatus(HttpStatus.CONFLICT.value());
                return unitForm(model, null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return unitForm(model, null);
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
        if (!errors.hasErrors()) {
            try {
                orgChart.update(id, form.toCommand());
                redirect.addFlashAttribute("notice", Violations.text(messages, "personnel.unit.updated"));
                return "redirect:/staff/personnel/units/" + id;
            } catch (PersonnelRuleViolation violation) {
                Violations.reject(errors, violation);
                response.setStatus(HttpStatus.CONFLICT.value());
                return unitForm(model, orgChart.unit(id));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return unitForm(model, orgChart.unit(id));
    }

    @PostMapping("/units/{id}/deactivate")
    @PersonnelEditorsOnly
    String deactivate(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, id);
        try {
            orgChart.deactivate(id);
            redirect.addFlashAttribute("notice", Violations.text(messages, "personnel.unit.deactivated"));
            return "redirect:/staff/personnel/units/" + id;
        } catch (PersonnelRuleViolation violation) {
            return refused(id, violation, model, response);
        }
    }

    @PostMapping("/units/{id}/reactivate")
    @PersonnelEditorsOnly
    String reactivate(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, id);
        try {
            orgChart.reactivate(id);
            redirect.addFlashAttribute("notice", Violations.text(messages, "personnel.unit.reactivated"));
            return "redirect:/staff/personnel/units/" + id;
        } catch (PersonnelRuleViolation violation) {
            return refused(id, violation, model, response);
        }
    }

    @PostMapping("/units/{id}/delete")
    @PersonnelEditorsOnly
    String delete(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor(AuditAction.DELETE, id);
        try {
            orgChart.delete(id);
            redirect.addFlashAttribute("notice", Violations.text(messages, "personnel.unit.deleted"));
            return "redirect:/staff/personnel";
        } catch (PersonnelRuleViolation violation) {
            return refused(id, violation, model, response);
        }
    }

    private String refused(long id, PersonnelRuleViolation violation, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("ruleMessage", Violations.text(messages, violation));
        return unit(id, model);
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
