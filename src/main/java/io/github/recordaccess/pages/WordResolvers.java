package io.github.recordaccess.pages;

import io.github.recordaccess.read.ChecklistView;
import io.github.recordaccess.read.DisplayFormats;
import io.github.recordaccess.read.RecommendationView;
import io.github.recordaccess.read.StepWords;
import io.github.recordaccess.read.Words;
import io.github.recordaccess.rules.Recommendation;
import io.github.recordaccess.web.Problem;
import io.github.recordaccess.web.ProblemWords;
import io.quarkus.qute.ValueResolver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The vocabulary and the display formats as names every template can use (qute-core's value resolvers, the
 * counterpart of Qute's template extensions):
 * <ul>
 *   <li>{@code {anId.label}}: any id of the vocabulary in words ({@link Words#of(Enum)});
 *   <li>{@code {row.label}} on a recommendation: the answer, a patient who is not eligible named by why
 *       ({@link Words#answer});
 *   <li>{@code {step.label}} on a checklist step: its name ({@link StepWords#step});
 *   <li>{@code {x.caveat}} on an id, a recommendation or a text: the guidance's duty when the words give access,
 *       else null ({@link StepWords#caveat});
 *   <li>{@code {nhsNumber.spaced}}: "999 000 1243"; {@code {day.shown}}: "5 December 2026"; {@code {instant.shown}}:
 *       "5 December 2026 at 6:16am"; {@code {text.fhirDate}}: a FHIR date as far as it goes ({@link DisplayFormats});
 *   <li>{@code {problem.peopleDetail}}: a problem's detail as the pages word it ({@link ProblemWords});
 *   <li>{@code {recommendation.tagClass}}: the NHS.UK tag colour ({@link Labels#tagClass}).
 * </ul>
 */
final class WordResolvers {

    private WordResolvers() {}

    static List<ValueResolver> all() {
        return List.of(
                on(Enum.class, "label", Words::of),
                on(Enum.class, "caveat", id -> StepWords.caveat(Words.of(id))),
                on(RecommendationView.class, "label", WordResolvers::answer),
                on(RecommendationView.class, "caveat", r -> StepWords.caveat(answer(r))),
                on(ChecklistView.Step.class, "label", step -> StepWords.step(step.id())),
                on(ChecklistView.Step.class, "caveat", step -> StepWords.caveat(StepWords.step(step.id()))),
                on(String.class, "caveat", StepWords::caveat),
                on(String.class, "spaced", DisplayFormats::nhsNumber),
                on(String.class, "fhirDate", DisplayFormats::fhirDate),
                on(LocalDate.class, "shown", DisplayFormats::date),
                on(Instant.class, "shown", DisplayFormats::dateTime),
                on(Problem.class, "peopleDetail", p -> ProblemWords.forPeople(p).detail()),
                on(Recommendation.class, "tagClass", Labels::tagClass));
    }

    private static String answer(RecommendationView row) {
        return Words.answer(row.recommendation(), row.reasons());
    }

    private static <T> ValueResolver on(Class<T> type, String name, Function<T, String> words) {
        return ValueResolver.builder()
                .applyToBaseClass(type)
                .applyToName(name)
                .resolveSync(context -> words.apply(type.cast(context.getBase())))
                .build();
    }
}
