package org.precinct.intake.online.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.precinct.intake.Attachment;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files sent with a form, checked one by one: each one empty, too large or of another type than JPEG, PNG, WebP
 * or PDF (read from its bytes, whatever its name says) is named in a message next to the file field.
 */
final class UploadedFiles {

    private UploadedFiles() {}

    /**
     * The acceptable files among those sent; a problem with any other is appended to {@code errors} under
     * {@code fieldId}. Fields the browser sent without a file are skipped.
     *
     * @param room how many more files may be added
     */
    static List<Attachment> check(List<MultipartFile> sent, int room, String fieldId, StepErrors errors) {
        List<Attachment> accepted = new ArrayList<>();
        if (sent == null) {
            return accepted;
        }
        for (MultipartFile file : sent) {
            if (file == null
                    || (file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank()))) {
                continue;
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (file.getSize() > Attachment.MAX_BYTES) {
                errors.append(fieldId, "intake.attachment.too-large.named", name);
                continue;
            }
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var problem = Attachment.problemWith(content);
            if (problem.isPresent()) {
                errors.append(fieldId, problem.get() + ".named", name);
                continue;
            }
            if (accepted.size() >= room) {
                errors.append(fieldId, "intake.attachment.too-many", Attachment.MAX_PER_REPORT);
                break;
            }
            accepted.add(Attachment.of(name, content));
        }
        return accepted;
    }
}
