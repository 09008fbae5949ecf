package io.github.recordaccess.rules;

import static io.github.recordaccess.rules.CodeKind.REVIEW_NOT_INDICATED_106;
import static io.github.recordaccess.rules.CodeKind.SAFEGUARDING_CONCERN;
import static io.github.recordaccess.rules.Events.obs;
import static io.github.recordaccess.rules.Events.obsIssued;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcernReview} on counted entries: the days of the 106s that follow every concern, and whether any of them
 * is an individual review (not a bulk-106 day).
 */
class ConcernReviewTest {

    private static final LocalDate FEB_1 = LocalDate.of(2023, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2023, 3, 1);
    private static final Predicate<LocalDate> NO_BULK_DAY = day -> false;

    @Test
    void noConcernHasNoDaysAndIsNeverUnreviewed() {
        List<CodedEvent> counted106 = List.of(review("2023-02-01"));

        assertThat(ConcernReview.reviewDays(List.of(), counted106)).isEmpty();
        assertThat(ConcernReview.isUnreviewed(List.of(), counted106, Bulk106Days.UNKNOWN))
                .isFalse();
        assertThat(ConcernReview.isUnreviewed(List.of(), List.of(), Bulk106Days.UNKNOWN))
                .isFalse();
    }

    @Test
    void aConcernWithNo106IsUnreviewed() {
        assertThat(ConcernReview.reviewDays(List.of(concern("2023-01-01")), List.of()))
                .isEmpty();
        assertThat(ConcernReview.isUnreviewed(List.of(concern("2023-01-01")), List.of(), NO_BULK_DAY))
                .isTrue();
    }

    @Test
    void theDaysAreThoseOf106sLaterThanEveryConcernEarliestFirstOnce() {
        List<CodedEvent> concerns = List.of(concern("2022-06-01"), concern("2023-01-01"));
        List<CodedEvent> counted106 = List.of(
                review("2023-03-01"),
                review("2022-07-01"),
                review("2023-02-01"),
                review("2023-03-01T10:00:00Z"),
                review("2023-01-01"));

        assertThat(ConcernReview.reviewDays(concerns, counted106)).containsExactly(FEB_1, MAR_1);
    }

    @Test
    void a106IsOnItsLondonDay() {
        // 23:30 UTC on 31 March 2023 is 00:30 on 1 April in London (BST).
        assertThat(ConcernReview.reviewDays(List.of(concern("2023-01-01")), List.of(review("2023-03-31T23:30:00Z"))))
                .containsExactly(LocalDate.of(2023, 4, 1));
    }

    @Test
    void a106NotDatedToTheDayHasNoDayToShowAReview() {
        List<CodedEvent> concerns = List.of(concern("2022-01-01"));

        assertThat(ConcernReview.reviewDays(concerns, List.of(review("2023-03"), review("2023"), review(null))))
                .isEmpty();
        assertThat(ConcernReview.isUnreviewed(concerns, List.of(review("2023-03")), NO_BULK_DAY))
                .isTrue();
    }

    @Test
    void anUndatedConcernHasNoDaysWhateverFollows() {
        List<CodedEvent> concerns = List.of(concern("2022-01-01"), concern(null));

        assertThat(ConcernReview.reviewDays(concerns, List.of(review("2023-02-01"))))
                .isEmpty();
        assertThat(ConcernReview.isUnreviewed(concerns, List.of(review("2023-02-01")), NO_BULK_DAY))
                .isTrue();
    }

    @Test
    void theRecordedTimesOrderEntriesOfOneDay() {
        CodedEvent concern = obsIssued(SAFEGUARDING_CONCERN, "2023-02-01", "2023-02-01T09:00:00Z");

        assertThat(ConcernReview.reviewDays(
                        List.of(concern),
                        List.of(obsIssued(REVIEW_NOT_INDICATED_106, "2023-02-01", "2023-02-01T10:00:00Z"))))
                .containsExactly(FEB_1);
        assertThat(ConcernReview.reviewDays(
                        List.of(concern),
                        List.of(obsIssued(REVIEW_NOT_INDICATED_106, "2023-02-01", "2023-02-01T08:00:00Z"))))
                .isEmpty();
        assertThat(ConcernReview.reviewDays(List.of(concern), List.of(review("2023-02-01"))))
                .isEmpty();
    }

    @Test
    void aConcernIsReviewedWhenOneOfItsDaysIsNoBulkDay() {
        List<CodedEvent> concerns = List.of(concern("2023-01-01"));
        List<CodedEvent> counted106 = List.of(review("2023-02-01"), review("2023-03-01"));

        assertThat(ConcernReview.isUnreviewed(concerns, counted106, NO_BULK_DAY))
                .isFalse();
        assertThat(ConcernReview.isUnreviewed(concerns, counted106, FEB_1::equals))
                .isFalse();
        assertThat(ConcernReview.isUnreviewed(concerns, counted106, day -> day.equals(FEB_1) || day.equals(MAR_1)))
                .isTrue();
        assertThat(ConcernReview.isUnreviewed(concerns, counted106, Bulk106Days.UNKNOWN))
                .isTrue();
    }

    @Test
    void theResultOffersTheDaysOfItsCountedEntriesOnly() {
        AccessRecommendation result = Events.engine()
                .evaluate(
                        Events.adult(
                                concern("2023-01-01"),
                                obs(SAFEGUARDING_CONCERN, "2023-06-01", "entered-in-error"),
                                review("2023-02-01"),
                                obs(REVIEW_NOT_INDICATED_106, "2023-03-01", "preliminary")),
                        Events.AS_OF);

        assertThat(result.concernReviewDays()).containsExactly(FEB_1);
        assertThat(Events.engine()
                        .evaluate(Events.adult(review("2023-02-01")), Events.AS_OF)
                        .concernReviewDays())
                .isEmpty();
    }

    private static CodedEvent concern(String date) {
        return obs(SAFEGUARDING_CONCERN, date);
    }

    private static CodedEvent review(String date) {
        return obs(REVIEW_NOT_INDICATED_106, date);
    }
}
