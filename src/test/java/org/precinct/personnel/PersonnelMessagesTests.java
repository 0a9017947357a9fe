package org.precinct.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PersonnelMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:#\\{|')(personnel\\.[A-Za-z0-9.-]+)[}(']");

    @Test
    void spanishHasExactlyTheEnglishKeys() throws IOException {
        assertThat(load("messages/personnel_es.properties").stringPropertyNames())
                .isEqualTo(load("messages/personnel.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> defined = load("messages/personnel.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/personnel"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(defined).containsAll(used);
    }

    @Test
    void everyRankStatusAndKindHasADisplayName() throws IOException {
        Set<String> defined = load("messages/personnel.properties").stringPropertyNames();
        Stream.of(Rank.values()).forEach(rank -> assertThat(defined).contains(rank.messageKey()));
        Stream.of(EmploymentStatus.values())
                .forEach(status -> assertThat(defined).contains(status.messageKey()));
        Stream.of(OrgUnitKind.values()).forEach(kind -> assertThat(defined).contains(kind.messageKey()));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PersonnelMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
