package org.precinct.records.nibrs.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.precinct.intake.review.ReviewFixtures.asStaff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.precinct.PrecinctTest;
import org.precinct.records.IncidentReportProblem;
import org.precinct.records.IncidentReportStatus;
import org.precinct.records.report.IncidentReportQueries;
import org.precinct.records.report.IncidentReportWorkflow;
import org.precinct.records.report.IncompleteReportException;
import org.precinct.records.report.ReportInput;
import org.precinct.records.report.ReportInputs;
import org.precinct.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The FBI's NIBRS edits beside the report: a theft with no stolen property is named in the sidebar in English and
 * Spanish, stops the supervisor's approval once submitted, and goes away when the author reports what was stolen.
 */
@PrecinctTest
class NibrsReportCheckTests {

    private static final String PATH = "/staff/records/reports";

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentReportWorkflow workflow;

    @Autowired
    IncidentReportQueries queries;

    private final String officerName = "ofc-" + UUID.randomUUID().toString().substring(0, 8);
    private final RequestPostProcessor officer = user(officerName).roles("OFFICER");

    @Test
    void aTheftWithoutStolenPropertyIsNamedInTheSidebarStopsApprovalAndIsFixedByReportingTheStolenItem()
            throws Exception {
        String victim = ReportInputs.surname();
        String number = as(officerName, Role.OFFICER, () -> workflow.create(theft(victim, "DAMAGED")))
                .reportNumber();

        List<IncidentReportProblem> draft =
                as(officerName, Role.OFFICER, () -> queries.view(number)).problems();
        assertThat(draft)
                .filteredOn(problem -> problem.messageKey().equals(NibrsReportCheck.VIOLATION))
                .isNotEmpty()
                .allMatch(problem -> !problem.blocking());
        mvc.perform(get(PATH + "/" + number).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIBRS: Offense 23H")));
        mvc.perform(get(PATH + "/" + number).param("lang", "es").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIBRS: Delito 23H")));

        as(officerName, Role.OFFICER, () -> workflow.submit(number, null));
        String sergeant = "sgt-" + officerName;
        assertThatThrownBy(() -> as(sergeant, Role.SUPERVISOR, () -> workflow.supervisorApprove(number, null)))
                .isInstanceOf(IncompleteReportException.class);
        assertThat(as(officerName, Role.OFFICER, () -> queries.view(number)).problems())
                .filteredOn(problem -> problem.messageKey().equals(NibrsReportCheck.VIOLATION))
                .isNotEmpty()
                .allMatch(IncidentReportProblem::blocking);

        as(sergeant, Role.SUPERVISOR, () -> workflow.returnToAuthor(number, "Say what was taken.", null));
        int version = as(officerName, Role.OFFICER, () -> queries.view(number))
                .report()
                .version();
        as(officerName, Role.OFFICER, () -> workflow.update(number, theft(victim, "STOLEN"), version));

        mvc.perform(get(PATH + "/" + number).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("NIBRS:"))));
        as(officerName, Role.OFFICER, () -> workflow.submit(number, null));
        as(sergeant, Role.SUPERVISOR, () -> workflow.supervisorApprove(number, null));
        assertThat(as(officerName, Role.OFFICER, () -> queries.view(number))
                        .report()
                        .status())
                .isEqualTo(IncidentReportStatus.RECORDS_REVIEW);
    }

    /** A bicycle taken from a yard (23H), with the bicycle reported as {@code status}. */
    private static ReportInput theft(String victim, String status) {
        ReportInput base = ReportInputs.vandalism(victim);
        return new ReportInput(
                base.howReceived(),
                base.address(),
                base.latitude(),
                base.longitude(),
                base.occurredFrom(),
                base.occurredTo(),
                base.reportedAt(),
                List.of(new ReportInput.OffenseInput("23H", "false", "20", null, "NONE")),
                base.people(),
                List.of(),
                List.of(new ReportInput.PropertyInput(null, "Blue road bicycle", "04", "380.00", null, status)),
                "A blue road bicycle was taken from the side yard overnight; the gate was left unlatched.",
                base.clearance(),
                base.exceptionalClearance(),
                base.clearedOn());
    }

    private static <T> T as(String username, Role role, java.util.function.Supplier<T> work) {
        return asStaff(username, null, Set.of(role), work);
    }
}
