package org.precinct.intake.online.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.precinct.intake.Attachment;
import org.precinct.intake.online.StagedUploads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos and documents of the report: up to {@value Attachment#MAX_PER_REPORT} files of up to 10 MB, JPEG, PNG,
 * WebP or PDF as their bytes say. Files chosen and sent with "continue" are added too, so nothing chosen is lost
 * for want of pressing "add".
 */
@Controller
class ReportPhotosWebController {

    private final ReportFlow flow;
    private final StagedUploads uploads;
    private final MessageSource messages;
    private final UploadLimits limits;

    ReportPhotosWebController(ReportFlow flow, StagedUploads uploads, MessageSource messages, UploadLimits limits) {
        this.flow = flow;
        this.uploads = uploads;
        this.messages = messages;
        this.limits = limits;
    }

    @GetMapping("/report/photos")
    String photos(@RequestParam(required = false) String from, HttpSession session, Model model, Locale locale) {
        return flow.open(session, ReportStep.PHOTOS, from, model, locale, report -> page(model, report));
    }

    @PostMapping("/report/photos")
    String addPhotos(
            @RequestParam(required = false) String action,
            @RequestParam(name = "photos", required = false) List<MultipartFile> sent,
            @RequestParam(required = false) String from,
            HttpSession session,
            Model model,
            Locale locale) {
        return flow.open(session, ReportStep.PHOTOS, from, model, locale, report -> {
            if (action != null && action.startsWith("remove-")) {
                long id = idOf(action.substring("remove-".length()));
                uploads.discard(report.key(), id);
                report.photos().removeIf(photo -> photo.id() == id);
                flow.save(session, report);
                return again(from);
            }
            StepErrors errors = new StepErrors(messages, locale);
            int room = Attachment.MAX_PER_REPORT - report.photos().size();
            List<Attachment> accepted = UploadedFiles.check(sent, room, "photos", errors);
            for (Attachment file : accepted) {
                report.photos().add(uploads.stage(report.key(), file));
            }
            flow.save(session, report);
            if (!errors.isEmpty()) {
                errors.addTo(model);
                return page(model, report);
            }
            if ("continue".equals(action)) {
                return flow.advance(session, report, ReportStep.PHOTOS, from);
            }
            return again(from);
        });
    }

    private String page(Model model, ReportInProgress report) {
        model.addAttribute("photos", report.photos());
        model.addAttribute("room", Attachment.MAX_PER_REPORT - report.photos().size());
        model.addAttribute("maxFiles", Attachment.MAX_PER_REPORT);
        limits.addTo(model);
        return "intake/online/photos";
    }

    private static long idOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            return -1;
        }
    }

    private static String again(String from) {
        return "redirect:" + ReportStep.PHOTOS.path() + (ReportFlow.FROM_REVIEW.equals(from) ? "?from=review" : "");
    }
}
