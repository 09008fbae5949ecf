package io.github.recordaccess.fhir;

import io.github.recordaccess.rules.FuzzyDate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;

/**
 * The one name a patient banner shows, read from the Patient at request time and never kept: the official name,
 * else the usual one, else a name recorded without a use. Never an old name ({@code use} old, or a {@code period}
 * that has ended or not yet begun), and never a nickname, temporary, anonymous or maiden name: the banner is there to
 * confirm who the record is about. Shown as the NHS common user interface writes it: "SMITH, Jane Anne (Mrs)".
 */
public final class PatientNames {

    /** Which uses may name the patient, most trusted first; a name without a use comes last. */
    private static final List<NameUse> PREFERRED = List.of(NameUse.OFFICIAL, NameUse.USUAL);

    private PatientNames() {}

    /** The name to show on {@code today}; empty when the record holds no current official, usual or unmarked name. */
    public static Optional<String> shown(Patient patient, LocalDate today) {
        return patient.getName().stream()
                .filter(n -> rank(n) >= 0)
                .filter(n -> current(n.getPeriod(), today))
                .filter(n -> !written(n).isEmpty())
                .min(Comparator.comparingInt(PatientNames::rank))
                .map(PatientNames::written);
    }

    /** 0 official, 1 usual, 2 no use; -1 a use that does not name the patient today. */
    private static int rank(HumanName name) {
        if (!name.hasUse()) {
            return PREFERRED.size();
        }
        return PREFERRED.indexOf(name.getUse());
    }

    /**
     * Whether a name with this period is in use on the day; a name without a period is. A period that cannot be read
     * leaves the name out: a name that may be old must not confirm who the record is about.
     */
    private static boolean current(Period period, LocalDate today) {
        if (period == null || period.isEmpty()) {
            return true;
        }
        Optional<FuzzyDate> start = bound(period.getStartElement());
        Optional<FuzzyDate> end = bound(period.getEndElement());
        if ((period.hasStart() && start.isEmpty()) || (period.hasEnd() && end.isEmpty())) {
            return false;
        }
        boolean started = start.map(s -> !s.firstDay().isAfter(today)).orElse(true);
        boolean ended = end.map(e -> e.lastDay().isBefore(today)).orElse(false);
        return started && !ended;
    }

    private static Optional<FuzzyDate> bound(DateTimeType value) {
        String text = value == null ? null : value.getValueAsString();
        return text == null || text.isBlank() ? Optional.empty() : FuzzyDate.tryParse(text, false);
    }

    /** FAMILY, Given names (Title); the text as recorded when the name has no parts. */
    private static String written(HumanName name) {
        String family = name.hasFamily() ? name.getFamily().trim().toUpperCase(Locale.UK) : "";
        String given = words(name.getGiven().stream());
        String prefix = words(name.getPrefix().stream());
        if (family.isEmpty() && given.isEmpty()) {
            return name.hasText() ? name.getText().trim() : "";
        }
        StringBuilder shown = new StringBuilder(family);
        if (!given.isEmpty()) {
            shown.append(family.isEmpty() ? "" : ", ").append(given);
        }
        if (!prefix.isEmpty()) {
            shown.append(" (").append(prefix).append(')');
        }
        return shown.toString();
    }

    private static String words(Stream<StringType> parts) {
        return parts.map(StringType::getValue)
                .filter(p -> p != null && !p.isBlank())
                .map(String::trim)
                .collect(Collectors.joining(" "));
    }
}
