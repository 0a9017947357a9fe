package org.precinct.notifications.outbox;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets one node at a time run a scheduled job: every {@code @SchedulerLock} method of every module takes its lock
 * in the {@code shedlock} table. The outbox's dispatcher was the first such job, so the setting lives here.
 *
 * <p>Lock times come from the database's clock, not the nodes' own, so nodes whose clocks drift apart still agree
 * on when a lock expires. A job that does not finish within {@code lockAtMostFor} (default five minutes) loses its
 * lock, since its node is then presumed dead.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("public.shedlock")
                .usingDbTime()
                .build());
    }
}
