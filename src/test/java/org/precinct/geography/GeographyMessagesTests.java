package org.precinct.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GeographyMessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/geography");

    @Test
    void spanishHasEveryEnglishKeyAndNoOther() throws IOException {
        Properties english = load("geography.properties");
        Properties spanish = load("geography_es.properties");

        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(spanish.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Properties english = load("geography.properties");
        Set<String> named = new HashSet<>();
        Pattern key = Pattern.compile("#\\{([a-z][\\w.-]*)");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        for (JurisdictionKind kind : JurisdictionKind.values()) {
            named.add("geography.kind." + kind);
        }
        for (MatchKind kind : MatchKind.values()) {
            named.add("geography.match." + kind);
        }

        assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(english).containsKey(name));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/messages", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
