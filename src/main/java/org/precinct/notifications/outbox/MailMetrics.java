package org.precinct.notifications.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox's figures for monitoring: counters of this node's outcomes, and gauges of the whole outbox read from
 * the database (so every node reports the same queue). Alert on {@code precinct_mail_undeliverable > 0} and on a
 * growing {@code precinct_mail_pending}.
 */
@Component
class MailMetrics {

    private final Counter sent;
    private final Counter failed;
    private final Counter retried;

    MailMetrics(MeterRegistry registry, OutboxStore store) {
        this.sent = Counter.builder("precinct.mail.sent")
                .description("E-mails the mail server accepted")
                .register(registry);
        this.failed = Counter.builder("precinct.mail.failed")
                .description("E-mails given up after their last attempt or refused for good")
                .register(registry);
        this.retried = Counter.builder("precinct.mail.retried")
                .description("Failed delivery attempts that will be tried again")
                .register(registry);
        Gauge.builder("precinct.mail.pending", store, outbox -> outbox.count(MailStatus.PENDING))
                .description("E-mails in the outbox waiting to be sent")
                .register(registry);
        Gauge.builder("precinct.mail.undeliverable", store, outbox -> outbox.count(MailStatus.FAILED))
                .description("E-mails given up and waiting for an administrator")
                .register(registry);
    }

    void sent() {
        sent.increment();
    }

    void failed() {
        failed.increment();
    }

    void retried() {
        retried.increment();
    }
}
