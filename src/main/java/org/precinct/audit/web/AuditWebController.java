package org.precinct.audit.web;

import java.time.LocalDate;
import java.util.List;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditEvent;
import org.precinct.audit.AuditOutcome;
import org.precinct.audit.AuditQuery;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.PrecinctProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's search of the audit trail; the search itself is recorded too. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditWebController {

    private final AuditTrail audit;
    private final PrecinctProperties properties;

    AuditWebController(AuditTrail audit, PrecinctProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/staff/admin/audit")
    String search(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) AuditOutcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        boolean datesInOrder = from == null || to == null || !to.isBefore(from);
        AuditQuery query = new AuditQuery(
                username, action, objectType, objectId, outcome, from, datesInOrder ? to : null, Math.max(page, 0));
        List<AuditEvent> found = audit.search(query);
        audit.success(AuditAction.SEARCH, "audit-trail", query.describe());
        model.addAttribute("query", query);
        model.addAttribute("dateError", !datesInOrder);
        model.addAttribute(
                "events", found.size() > AuditQuery.PAGE_SIZE ? found.subList(0, AuditQuery.PAGE_SIZE) : found);
        model.addAttribute("hasMore", found.size() > AuditQuery.PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("zone", properties.timeZone());
        return htmx != null ? "audit/search :: results" : "audit/search";
    }
}
