package org.precinct.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.StaffWebClient;
import org.precinct.identity.TestAccounts;
import org.precinct.identity.mfa.Totp;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PrecinctTest
class AuditChainTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void recordsWhoWhatWhenAndOutcome() {
        String user = "auditor-" + UUID.randomUUID();
        audit.record(user, "4711", AuditAction.VIEW, "employee", 42, AuditOutcome.SUCCESS);
        var found = audit.search(new AuditQuery(user, null, null, null, null, null, null, 0));
        assertThat(found).hasSize(1);
        AuditEvent event = found.get(0);
        assertThat(event.dsn()).isEqualTo("4711");
        assertThat(event.action()).isEqualTo(AuditAction.VIEW);
        assertThat(event.objectType()).isEqualTo("employee");
        assertThat(event.objectId()).isEqualTo("42");
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.occurredAt().getNano() % 1_000_000).isZero();
    }

    @Test
    void theTrailRefusesUpdatesAndDeletes() {
        audit.record("append-only", null, AuditAction.VIEW, "employee", 1, AuditOutcome.SUCCESS);
        assertThatThrownBy(
                        () -> jdbc.sql("update audit.audit_event set outcome = 'DENIED' where username = 'append-only'")
                                .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_event where username = 'append-only'")
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aTamperedRowBreaksTheChainAndTheApiSaysSo() throws Exception {
        String user = "tamper-" + UUID.randomUUID();
        audit.record(user, null, AuditAction.VIEW, "employee", 7, AuditOutcome.SUCCESS);
        audit.record(user, null, AuditAction.CHANGE, "employee", 7, AuditOutcome.SUCCESS);
        assertThat(audit.verify().valid()).isTrue();

        var admin = testAccounts.enrolled(Role.ADMIN);
        String token = token(admin);
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.rows").isNumber());

        long id = audit.search(new AuditQuery(user, AuditAction.VIEW, null, null, null, null, null, 0))
                .get(0)
                .id();
        // Someone with database access goes around the trigger and rewrites history.
        tamper(id, "8");
        try {
            ChainVerification broken = audit.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(id);
            mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(false));
        } finally {
            tamper(id, "7");
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    private void tamper(long id, String objectId) {
        jdbc.sql("alter table audit.audit_event disable trigger audit_event_append_only")
                .update();
        try {
            jdbc.sql("update audit.audit_event set object_id = :o where id = :id")
                    .param("o", objectId)
                    .param("id", id)
                    .update();
        } finally {
            jdbc.sql("alter table audit.audit_event enable trigger audit_event_append_only")
                    .update();
        }
    }

    private String token(TestAccounts.Created account) throws Exception {
        String body = "{\"username\":\"" + account.username() + "\",\"password\":\"" + TestAccounts.PASSWORD
                + "\",\"totp\":\"" + Totp.codeAt(account.totpSecret(), StaffWebClient.currentStep()) + "\"}";
        return mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1")
                .strip();
    }
}
