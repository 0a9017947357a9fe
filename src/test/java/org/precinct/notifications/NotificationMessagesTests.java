package org.precinct.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The notifications module speaks English and Spanish with the same keys. */
class NotificationMessagesTests {

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Properties english = load("messages/notifications.properties");
        Properties spanish = load("messages/notifications_es.properties");

        assertThat(english).isNotEmpty();
        assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(spanish.values())
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
