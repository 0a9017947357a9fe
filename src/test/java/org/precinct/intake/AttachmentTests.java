package org.precinct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Photos and documents are what their bytes say they are, whatever their name. */
class AttachmentTests {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length + 20];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void theTypeIsReadFromTheFirstBytes() {
        assertThat(Attachment.detectMediaType(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains("image/jpeg");
        assertThat(Attachment.detectMediaType(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')))
                .contains("image/png");
        assertThat(Attachment.detectMediaType(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P')))
                .contains("image/webp");
        assertThat(Attachment.detectMediaType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
    }

    @Test
    void otherKindsAreRefusedWhateverTheyAreCalled() {
        assertThat(Attachment.detectMediaType("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(Attachment.detectMediaType(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E')))
                .isEmpty();
        assertThat(Attachment.detectMediaType("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(Attachment.detectMediaType(new byte[] {(byte) 0xFF, (byte) 0xD8}))
                .isEmpty();
        assertThat(Attachment.problemWith("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("intake.attachment.wrong-type");
        assertThatThrownBy(() -> Attachment.of("cat.jpg", "not a photo".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        byte[] large = new byte[Attachment.MAX_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        assertThat(Attachment.problemWith(new byte[0])).contains("intake.attachment.empty");
        assertThat(Attachment.problemWith(large)).contains("intake.attachment.too-large");
        assertThat(Attachment.problemWith(Arrays.copyOf(large, Attachment.MAX_BYTES)))
                .isEmpty();
    }

    @Test
    void aClaimedTypeMustBeTheTrueOne() {
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(new Attachment("a.pdf", "application/pdf", pdf).mediaType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> new Attachment("a.png", "image/png", pdf))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreBareAndShort() {
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(Attachment.of("C:\\Users\\dana\\receipt.pdf", pdf).fileName())
                .isEqualTo("receipt.pdf");
        assertThat(Attachment.of("../../etc/passwd.pdf", pdf).fileName()).isEqualTo("passwd.pdf");
        assertThat(Attachment.of("line\nbreak.pdf", pdf).fileName()).isEqualTo("linebreak.pdf");
        assertThat(Attachment.of(null, pdf).fileName()).isEqualTo("attachment");
        assertThat(Attachment.of("x".repeat(300) + ".pdf", pdf).fileName()).hasSize(Attachment.MAX_NAME);
    }

    @Test
    void theContentCannotBeChangedFromOutside() {
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        Attachment attachment = Attachment.of("a.pdf", pdf);
        pdf[0] = 'X';
        attachment.content()[1] = 'X';
        assertThat(attachment.content()).startsWith('%', 'P');
        assertThat(attachment.sha256()).hasSize(64);
        assertThat(attachment).isEqualTo(Attachment.of("a.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
    }
}
