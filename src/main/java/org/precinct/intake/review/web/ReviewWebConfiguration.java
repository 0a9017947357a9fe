package org.precinct.intake.review.web;

import org.precinct.intake.review.ReviewAccess;
import org.precinct.shared.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the review queue and the list of rejection reasons in the staff navigation for those who work them. */
@Configuration(proxyBeanMethods = false)
class ReviewWebConfiguration {

    @Bean
    NavigationLink reviewQueueNavigationLink() {
        return new NavigationLink("intake.review.nav", ReviewWebController.PATH, ReviewAccess.REVIEWERS, 900);
    }

    @Bean
    NavigationLink rejectionReasonsNavigationLink() {
        return new NavigationLink(
                "intake.review.reasons.nav", RejectionReasonWebController.PATH, ReviewAccess.LIST_KEEPERS, 925);
    }
}
