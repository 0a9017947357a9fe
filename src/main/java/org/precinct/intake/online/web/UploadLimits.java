package org.precinct.intake.online.web;

import org.precinct.intake.Attachment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

/**
 * How much a form may send: each file at most {@link Attachment#MAX_BYTES}, and all the files of one form together
 * less than the server takes in one request. Pages hand both to the script that refuses too much before it is sent,
 * because the server can only refuse a request that is too large as a whole, without saying which file.
 */
@Component
class UploadLimits {

    /** Room left in a request for the form's other fields. */
    private static final long FORM_FIELDS = 64 * 1024;

    private final long maxTotalBytes;

    UploadLimits(@Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequest) {
        this.maxTotalBytes = Math.max(Attachment.MAX_BYTES, maxRequest.toBytes() - FORM_FIELDS);
    }

    void addTo(Model model) {
        model.addAttribute("maxBytes", Attachment.MAX_BYTES);
        model.addAttribute("maxTotalBytes", maxTotalBytes);
        model.addAttribute("maxTotalMegabytes", maxTotalBytes / (1024 * 1024));
    }
}
