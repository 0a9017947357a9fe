package org.precinct.records.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.precinct.records.IncidentReportCodes;
import org.precinct.records.IncidentReportDetails;
import org.springframework.context.MessageSource;

/**
 * Lays out an incident report for release to the public as a PDF (Apache PDFBox): what happened, where and when, the
 * offenses, the people by role, vehicles, property and narrative. Redacted as the department releases reports: a
 * juvenile's name is withheld, and no one's phone or home address is printed (victims' contact details above all).
 */
final class ReleasePdf {

    private static final float MARGIN = 56;
    private static final float LEADING = 14;
    private static final float BODY_SIZE = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    ReleasePdf(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    /** The lines of the released report, before layout: a heading line starts with {@code #}. */
    List<String> lines(IncidentReportDetails report, String department) {
        List<String> lines = new ArrayList<>();
        lines.add("#" + department);
        lines.add("#" + message("records.export.pdf.title", report.reportNumber()));
        lines.add(label("records.export.pdf.redacted"));
        lines.add("");
        lines.add(label("records.report.field.occurredFrom") + ": " + when(report.occurredFrom()));
        if (report.occurredTo() != null) {
            lines.add(label("records.report.field.occurredTo") + ": " + when(report.occurredTo()));
        }
        lines.add(label("records.report.field.reportedAt") + ": " + when(report.reportedAt()));
        lines.add(label("records.report.field.address") + ": " + dash(report.address()));
        lines.add(label("records.report.field.beat") + ": " + dash(report.jurisdictionCode()) + " / "
                + dash(report.beatCode()));
        lines.add(label("records.report.field.clearance") + ": "
                + label("records.report.clearance." + report.clearance().name()));
        lines.add("");
        lines.add("#" + label("records.report.section.offenses"));
        for (IncidentReportDetails.Offense offense : report.offenses()) {
            String name = messages.getMessage(
                    IncidentReportCodes.messageKey(IncidentReportCodes.Table.OFFENSE, offense.code()),
                    null,
                    offense.code(),
                    locale);
            lines.add(offense.code() + " " + name + " ("
                    + label(
                            offense.attempted()
                                    ? "records.report.offense.attempted"
                                    : "records.report.offense.completed")
                    + ")");
        }
        lines.add("");
        lines.add("#" + label("records.report.section.people"));
        for (IncidentReportDetails.Person person : report.people()) {
            String name = person.juvenile() ? label("records.export.pdf.juvenile") : person.displayName();
            lines.add(label("records.report.role." + person.role().name()) + ": " + name);
        }
        if (!report.vehicles().isEmpty()) {
            lines.add("");
            lines.add("#" + label("records.report.section.vehicles"));
            for (IncidentReportDetails.Vehicle vehicle : report.vehicles()) {
                lines.add(String.join(
                        " ",
                        java.util.stream.Stream.of(
                                        vehicle.plate(),
                                        vehicle.plateState(),
                                        vehicle.make(),
                                        vehicle.model(),
                                        vehicle.colour())
                                .filter(java.util.Objects::nonNull)
                                .toList()));
            }
        }
        if (!report.property().isEmpty()) {
            lines.add("");
            lines.add("#" + label("records.report.section.property"));
            for (IncidentReportDetails.PropertyItem item : report.property()) {
                String value = item.valueCents() == null
                        ? ""
                        : " $"
                                + java.math.BigDecimal.valueOf(item.valueCents(), 2)
                                        .toPlainString();
                lines.add(item.description() + " ("
                        + label("records.report.property-status."
                                + item.status().name()) + ")" + value);
            }
        }
        lines.add("");
        lines.add("#" + label("records.report.section.narrative"));
        lines.add(redactedNarrative(report));
        for (IncidentReportDetails.Supplement supplement : report.supplements()) {
            lines.add("");
            lines.add("#" + label("records.report.section.supplements") + " · " + when(supplement.at()));
            lines.add(redacted(supplement.text(), report));
        }
        return lines;
    }

    /** The PDF of the lines, wrapped to the page, on as many Letter pages as they need. */
    byte[] render(List<String> lines, String title) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(printable(title));
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            PDPageContentStream page = null;
            float y = 0;
            for (String line : lines) {
                boolean heading = line.startsWith("#");
                PDType1Font font = heading ? bold : regular;
                float size = heading ? 12 : BODY_SIZE;
                List<String> wrapped = wrap(printable(heading ? line.substring(1) : line), font, size, width);
                for (String piece : wrapped) {
                    if (page == null || y < MARGIN) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.LETTER);
                        document.addPage(next);
                        page = new PDPageContentStream(document, next);
                        y = PDRectangle.LETTER.getHeight() - MARGIN;
                    }
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(piece);
                    page.endText();
                    y -= heading ? LEADING + 4 : LEADING;
                }
            }
            if (page != null) {
                page.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The narrative with the names of juveniles withheld wherever it names them. */
    private String redactedNarrative(IncidentReportDetails report) {
        return redacted(report.narrative() == null ? "—" : report.narrative(), report);
    }

    private String redacted(String text, IncidentReportDetails report) {
        String redacted = text;
        String withheld = "[" + label("records.export.pdf.withheld") + "]";
        for (IncidentReportDetails.Person person : report.people()) {
            if (!person.juvenile()) {
                continue;
            }
            for (String name : new String[] {person.firstName(), person.lastName()}) {
                if (name != null && name.length() >= 2) {
                    redacted = redacted.replaceAll("(?i)\\b" + java.util.regex.Pattern.quote(name) + "\\b", withheld);
                }
            }
        }
        return redacted;
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\r?\\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Text the standard PDF fonts can show: what WinAnsi lacks becomes a question mark. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        java.nio.charset.CharsetEncoder winAnsi =
                java.nio.charset.Charset.forName("windows-1252").newEncoder();
        text.codePoints().forEach(point -> {
            String character = new String(Character.toChars(point));
            if (point == '\t') {
                shown.append(' ');
            } else if (Character.isISOControl(point) || !winAnsi.canEncode(character)) {
                shown.append(point == '—' ? "-" : "?");
            } else {
                shown.append(character);
            }
        });
        return shown.toString();
    }

    private String when(java.time.Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(zone));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private String message(String key, Object argument) {
        return messages.getMessage(key, new Object[] {argument}, locale);
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
