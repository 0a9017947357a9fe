package org.precinct.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.audit.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditRestController {

    private final AuditTrail audit;

    AuditRestController(AuditTrail audit) {
        this.audit = audit;
    }

    record VerifyResponse(boolean valid, long rows, Long firstBrokenId) {}

    @GetMapping("/api/v1/audit/verify")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Recompute the audit chain and say whether any row was altered or removed")
    VerifyResponse verify() {
        ChainVerification result = audit.verify();
        audit.success(
                AuditAction.VERIFY, "audit-trail", result.valid() ? "valid" : "broken at " + result.firstBrokenId());
        return new VerifyResponse(result.valid(), result.rows(), result.firstBrokenId());
    }
}
