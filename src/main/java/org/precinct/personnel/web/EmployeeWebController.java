package org.precinct.personnel.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.personnel.Dsn;
import org.precinct.personnel.EmployeeDetails;
import org.precinct.personnel.EmployeeRecords;
import org.precinct.personnel.EmployeeSearch;
import org.precinct.personnel.EmploymentStatus;
import org.precinct.personnel.OrgChart;
import org.precinct.personnel.OrgUnitOption;
import org.precinct.personnel.PersonnelAccess;
import org.precinct.personnel.PersonnelEditorsOnly;
import org.precinct.personnel.Rank;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employee directory: search, an employee's record, and the forms with which administrators and HR keep it. */
@Controller
@RequestMapping("/staff/personnel/employees")
class EmployeeWebController {

    private static final String RESULTS_FRAGMENT = "personnel/fragments/employee-results :: htmx-response";

    private final EmployeeRecords records;
    private final OrgChart orgChart;
    private final PrecinctProperties properties;
    private final AuditTrail audit;
    private final FormCommands forms;

    EmployeeWebController(
            EmployeeRecords records,
            OrgChart orgChart,
            MessageSource messages,
            PrecinctProperties properties,
            AuditTrail audit) {
        this.records = records;
        this.orgChart = orgChart;
        this.properties = properties;
        this.audit = audit;
        this.forms = new FormCommands(messages);
    }

    /**
     * The search page; an htmx request (as the search form makes while someone types) gets only the results, so the
     * page and the live search share one fragment. A history restore asks for the whole page again.
     */
    @GetMapping
    String search(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "unit", required = false) Long unitId,
            @RequestParam(name = "rank", required = false) Rank rank,
            @RequestParam(name = "status", required = false) EmploymentStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletResponse response) {
        EmployeeSearch search = new EmployeeSearch(text, unitId, rank, status, Math.max(page, 0));
        model.addAttribute("search", search);
        model.addAttribute("results", records.search(search));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx) && !"true".equals(historyRestore)) {
            return RESULTS_FRAGMENT;
        }
        model.addAttribute("units", orgChart.options());
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("statuses", EmploymentStatus.values());
        return "personnel/employees";
    }

    @GetMapping("/new")
    @PersonnelEditorsOnly
    String newEmployee(@RequestParam(name = "unit", required = false) Long unitId, Model model) {
        requireEditor(AuditAction.CREATE, "new");
        model.addAttribute("form", NewEmployeeForm.blank(unitId));
        return employeeForm(model, null);
    }

    @PostMapping
    @PersonnelEditorsOnly
    String create(
            @Valid @ModelAttribute("form") NewEmployeeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(AuditAction.CREATE, form.dsn());
        return forms.run(
                errors,
                response,
                redirect,
                "personnel.employee.created",
                () -> employeePath(records.create(form.toCommand())),
                () -> employeeForm(model, null));
    }

    @GetMapping("/{dsn}")
    String employee(@PathVariable String dsn, Model model) {
        EmployeeDetails employee = records.view(dsn);
        model.addAttribute("employee", employee);
        model.addAttribute("statuses", EmploymentStatus.values());
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm(employee.status()));
        }
        return "personnel/employee";
    }

    @GetMapping("/{dsn}/edit")
    @PersonnelEditorsOnly
    String edit(@PathVariable String dsn, Model model) {
        requireEditor(AuditAction.CHANGE, dsn);
        EmployeeDetails employee = records.view(dsn);
        model.addAttribute("form", EmployeeForm.of(employee.profile()));
        return employeeForm(model, employee);
    }

    @PostMapping("/{dsn}")
    @PersonnelEditorsOnly
    String update(
            @PathVariable String dsn,
            @Valid @ModelAttribute("form") EmployeeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, dsn);
        Dsn key = existing(dsn);
        return forms.run(
                errors,
                response,
                redirect,
                "personnel.employee.updated",
                () -> {
                    records.update(key, form.toProfile());
                    return employeePath(key);
                },
                () -> employeeForm(model, records.view(dsn)));
    }

    @GetMapping("/{dsn}/transfer")
    @PersonnelEditorsOnly
    String transferForm(@PathVariable String dsn, Model model) {
        requireEditor(AuditAction.CHANGE, dsn);
        EmployeeDetails employee = records.view(dsn);
        model.addAttribute("form", new TransferForm(null, LocalDate.now(properties.timeZone()), employee.jobTitle()));
        return transferPage(model, employee);
    }

    @PostMapping("/{dsn}/transfer")
    @PersonnelEditorsOnly
    String transfer(
            @PathVariable String dsn,
            @Valid @ModelAttribute("form") TransferForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, dsn);
        Dsn key = existing(dsn);
        return forms.run(
                errors,
                response,
                redirect,
                "personnel.employee.transferred",
                () -> {
                    records.transfer(key, form.toCommand());
                    return employeePath(key);
                },
                () -> transferPage(model, records.view(dsn)));
    }

    @PostMapping("/{dsn}/status")
    @PersonnelEditorsOnly
    String changeStatus(
            @PathVariable String dsn,
            @Valid @ModelAttribute("statusForm") StatusForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireEditor(AuditAction.CHANGE, dsn);
        Dsn key = existing(dsn);
        return forms.run(
                errors,
                response,
                redirect,
                "personnel.employee.status-changed",
                () -> {
                    records.changeStatus(key, form.status());
                    return employeePath(key);
                },
                () -> employee(dsn, model));
    }

    private String employeeForm(Model model, EmployeeDetails editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("statuses", EmploymentStatus.values());
        model.addAttribute("units", activeUnits());
        return "personnel/employee-form";
    }

    private String transferPage(Model model, EmployeeDetails employee) {
        model.addAttribute("employee", employee);
        model.addAttribute("units", activeUnits());
        return "personnel/employee-transfer";
    }

    /** The units an employee can be assigned to. */
    private List<OrgUnitOption> activeUnits() {
        return orgChart.options().stream()
                .filter(option -> option.unit().active())
                .toList();
    }

    private static String employeePath(Dsn dsn) {
        return "/staff/personnel/employees/" + dsn;
    }

    private static Dsn existing(String dsn) {
        if (!Dsn.isValid(dsn)) {
            throw new NoSuchRecordException(EmployeeRecords.OBJECT_TYPE, dsn);
        }
        return new Dsn(dsn);
    }

    /** Refuses, and records in the audit trail, a change attempted by someone who is neither admin nor HR. */
    private void requireEditor(AuditAction action, Object objectId) {
        PersonnelAccess.requireEditor(audit, action, EmployeeRecords.OBJECT_TYPE, objectId);
    }
}
