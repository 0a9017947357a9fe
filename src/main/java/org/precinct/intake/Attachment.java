package org.precinct.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A photo or document given with a report or added to one later. Its type is read from its first bytes, never
 * from its name or from what the sender claims: a script renamed {@code cat.jpg} is refused.
 *
 * @param fileName the name as the sender gave it, cleaned to a bare name of at most {@value #MAX_NAME} characters
 * @param mediaType what the bytes are: one of {@link #MEDIA_TYPES}
 * @param content the file, 1 byte to {@value #MAX_BYTES} bytes
 */
public record Attachment(String fileName, String mediaType, byte[] content) {

    /** 10 MiB: a phone photo at full resolution, or a scanned page. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most files one report, or one addition to it, may carry. */
    public static final int MAX_PER_REPORT = 5;

    public static final int MAX_NAME = 200;

    public static final List<String> MEDIA_TYPES = List.of("image/jpeg", "image/png", "image/webp", "application/pdf");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    /** @throws IllegalArgumentException when the content is empty, too large or of no accepted type */
    public Attachment {
        Objects.requireNonNull(content, "content");
        Optional<String> problem = problemWith(content);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not an acceptable attachment: " + problem.get());
        }
        String detected = detectMediaType(content).orElseThrow();
        if (mediaType != null && !mediaType.equals(detected)) {
            throw new IllegalArgumentException("The content is " + detected + ", not " + mediaType);
        }
        mediaType = detected;
        fileName = cleanName(fileName);
        content = content.clone();
    }

    /**
     * An attachment of the file, its type read from its bytes.
     *
     * @throws IllegalArgumentException when {@link #problemWith} finds a problem
     */
    public static Attachment of(String fileName, byte[] content) {
        return new Attachment(fileName, null, content);
    }

    /**
     * What is wrong with a file as an attachment, as a message key, or empty when nothing is.
     *
     * @return {@code intake.attachment.empty}, {@code intake.attachment.too-large} or
     *     {@code intake.attachment.wrong-type}
     */
    public static Optional<String> problemWith(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("intake.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("intake.attachment.too-large");
        }
        if (detectMediaType(content).isEmpty()) {
            return Optional.of("intake.attachment.wrong-type");
        }
        return Optional.empty();
    }

    /** The media type the first bytes announce (the file's "magic number"), or empty for any other kind of file. */
    public static Optional<String> detectMediaType(byte[] content) {
        if (startsWith(content, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** The content's SHA-256 in hexadecimal, which shows later that a file is the one received. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }

    /**
     * The last part of a path, without control characters, shortened: browsers on some systems send the whole
     * path of the file, and the name is shown to staff.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
