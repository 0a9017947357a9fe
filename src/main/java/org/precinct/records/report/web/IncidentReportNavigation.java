package org.precinct.records.report.web;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident report pages' entries in the staff navigation: the task inbox and a new report. */
@Configuration(proxyBeanMethods = false)
class IncidentReportNavigation {

    @Bean
    NavigationLink reportInboxLink() {
        return new NavigationLink(
                "records.nav.inbox",
                IncidentReportWebController.INBOX,
                Set.of(Role.OFFICER, Role.SUPERVISOR, Role.RECORDS),
                300);
    }

    @Bean
    NavigationLink newReportLink() {
        return new NavigationLink(
                "records.nav.new",
                IncidentReportWebController.PATH + "/new",
                Set.of(Role.OFFICER, Role.SUPERVISOR, Role.RECORDS),
                310);
    }
}
