package org.precinct.intake.open311;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The formats a resource is asked for by its extension: XML, which the specification requires, and JSON. */
enum Open311Format {
    XML("xml", new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8)),
    JSON("json", new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8));

    private final String extension;
    private final MediaType mediaType;

    Open311Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The format an extension names, case-insensitively; none for any other extension. */
    static Optional<Open311Format> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String wanted = extension.toLowerCase(Locale.ROOT);
        for (Open311Format format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The MIME type the discovery document lists, without parameters. */
    String mimeType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }
}
