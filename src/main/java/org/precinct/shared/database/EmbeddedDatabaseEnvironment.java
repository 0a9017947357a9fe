package org.precinct.shared.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL before the application context is built, when no {@code spring.datasource.url}
 * is configured, and points the data source at it.
 *
 * <p>One server per data directory per JVM: test suites build several application contexts and all share it.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (!environment.getProperty("precinct.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("precinct.data-dir", "./data"))
                .toAbsolutePath()
                .normalize();
        EmbeddedDatabase database = RUNNING.computeIfAbsent(dataDirectory, EmbeddedDatabase::start);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "precinctEmbeddedDatabase",
                        Map.of(
                                "spring.datasource.url", database.jdbcUrl(),
                                "spring.datasource.username", EmbeddedDatabase.USER,
                                "spring.datasource.password", database.password())));
    }

    @Override
    public int getOrder() {
        // After the configuration files are read, so precinct.data-dir from application.yml counts.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
