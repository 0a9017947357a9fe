package org.precinct.records.nibrs;

import java.time.Clock;
import org.precinct.records.NibrsEdits;
import org.precinct.records.NibrsSubmissions;
import org.precinct.shared.PrecinctProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The NIBRS services, with the department's clock, time zone, messages and ORI. */
@Configuration(proxyBeanMethods = false)
class NibrsConfiguration {

    @Bean
    NibrsSubmissions nibrsSubmissions(NibrsSettings settings, Clock clock, PrecinctProperties properties) {
        return new NibrsSubmissions(settings.agencyOri(), clock, properties.timeZone());
    }

    @Bean
    NibrsEdits nibrsEdits(Clock clock, PrecinctProperties properties, MessageSource messageSource) {
        return new NibrsEdits(clock, properties.timeZone(), messageSource);
    }
}
