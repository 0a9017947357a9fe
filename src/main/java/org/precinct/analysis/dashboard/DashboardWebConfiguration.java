package org.precinct.analysis.dashboard;

import java.util.Set;
import org.precinct.shared.NavigationLink;
import org.precinct.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Crime analysis" in the staff navigation of analysts and command staff. */
@Configuration(proxyBeanMethods = false)
class DashboardWebConfiguration {

    @Bean
    NavigationLink analysisDashboardNavigationLink() {
        return new NavigationLink(
                "analysis.dashboard.nav", AnalysisDashboardWebController.PATH, Set.of(Role.ANALYST, Role.COMMAND), 600);
    }
}
