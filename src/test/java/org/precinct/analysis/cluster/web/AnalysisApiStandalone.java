package org.precinct.analysis.cluster.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.mockito.Mockito;
import org.precinct.analysis.EmergingClusterEvents;
import org.precinct.audit.AuditTrail;
import org.precinct.shared.PrecinctProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What the analyses' controllers need, without the application: incidents supplied by the test, the bundle's
 * messages, a fixed clock and a stand-in audit trail.
 */
public final class AnalysisApiStandalone {

    /** 20 November 2026, noon in the department's zone. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T18:00:00Z"), ZoneId.of("UTC"));

    public static final PrecinctProperties PROPERTIES =
            new PrecinctProperties(Path.of("."), ZoneId.of("America/Chicago"), "", "", 0, null, null, null);

    private AnalysisApiStandalone() {}

    public static ObjectProvider<EmergingClusterEvents> events(EmergingClusterEvents events) {
        return new StaticListableBeanFactory(events == null ? Map.of() : Map.of("events", events))
                .getBeanProvider(EmergingClusterEvents.class);
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/analysis-clusters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    public static AuditTrail audit() {
        return Mockito.mock(AuditTrail.class);
    }
}
