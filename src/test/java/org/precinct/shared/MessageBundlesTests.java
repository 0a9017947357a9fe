package org.precinct.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text has English and Spanish: a key in one bundle must be in its pair, and no value may be empty. */
class MessageBundlesTests {

    @Test
    void everyEnglishBundleHasASpanishTwinWithTheSameKeys() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        for (Resource english : bundles) {
            String name = english.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource spanish = english.createRelative(name.replace(".properties", "_es.properties"));
            if (!spanish.exists()) {
                problems.add(name + " has no Spanish bundle");
                continue;
            }
            pairs++;
            Properties en = load(english);
            Properties es = load(spanish);
            Set<String> missingInSpanish = new TreeSet<>(en.stringPropertyNames());
            missingInSpanish.removeAll(es.stringPropertyNames());
            Set<String> missingInEnglish = new TreeSet<>(es.stringPropertyNames());
            missingInEnglish.removeAll(en.stringPropertyNames());
            missingInSpanish.forEach(key -> problems.add(name + ": '" + key + "' has no Spanish text"));
            missingInEnglish.forEach(key -> problems.add(name + ": '" + key + "' has no English text"));
            for (Properties bundle : List.of(en, es)) {
                bundle.stringPropertyNames().stream()
                        .filter(key -> bundle.getProperty(key).isBlank())
                        .forEach(key -> problems.add(name + ": '" + key + "' is empty"));
            }
        }
        assertThat(pairs).as("message bundles found").isGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyConfiguredBundleExists() throws IOException {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            assertThat(in).isNotNull();
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String line = yaml.lines()
                    .filter(text -> text.strip().startsWith("basename:"))
                    .findFirst()
                    .orElseThrow();
            for (String base : line.substring(line.indexOf(':') + 1).strip().split(",")) {
                assertThat(getClass().getResource("/" + base.strip() + ".properties"))
                        .as(base)
                        .isNotNull();
                assertThat(getClass().getResource("/" + base.strip() + "_es.properties"))
                        .as(base + "_es")
                        .isNotNull();
            }
        }
        assertThat(application).isEmpty();
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
