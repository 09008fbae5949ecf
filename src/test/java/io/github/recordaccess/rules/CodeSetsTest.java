package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.recordaccess.rules.CodeSets.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSetsTest {

    private static final Coding CONCERN = new Coding(CodeSets.SNOMED, "342191000000101");

    private final CodeSets snomed = CodeSets.snomedDefaults();

    @Test
    void matchesOnSystemAndCode() {
        assertThat(snomed.match(List.of(new Coding("http://snomed.info/sct", "1364731000000104"))))
                .containsExactly(new Match(CodeKind.REVIEW_INDICATED_104, CodeSets.SNOMED_104, true));
    }

    @Test
    void sameDigitsUnderAnotherSystemOrNoneAreANearMissNeverAMatch() {
        for (String system : java.util.Arrays.asList("http://read.info/ctv3", "https://snomed.info/sct", null)) {
            Coding nearMiss = new Coding(system, "1364731000000104");
            assertThat(snomed.match(List.of(nearMiss)))
                    .as("system %s", system)
                    .containsExactly(new Match(CodeKind.REVIEW_INDICATED_104, nearMiss, false));
        }
    }

    @Test
    void theExactCodingWinsOverANearMissOfTheSameKind() {
        List<Coding> codings = List.of(new Coding(null, "1364731000000104"), CodeSets.SNOMED_104);

        assertThat(snomed.match(codings))
                .containsExactly(new Match(CodeKind.REVIEW_INDICATED_104, CodeSets.SNOMED_104, true));
    }

    @Test
    void aCodeInASecondCodingCounts() {
        List<Coding> codings = List.of(new Coding("http://read.info/ctv3", "XaXyz"), CodeSets.SNOMED_103);

        assertThat(snomed.match(codings)).containsExactly(new Match(CodeKind.DECLINED_103, CodeSets.SNOMED_103, true));
    }

    @Test
    void otherCodesAreNoMatchAtAll() {
        assertThat(snomed.match(List.of(new Coding("http://snomed.info/sct", "38341003"))))
                .isEmpty();
    }

    @Test
    void aResourceCodedWithTwoKindsYieldsBoth() {
        assertThat(snomed.match(List.of(CodeSets.SNOMED_104, CodeSets.SNOMED_106)))
                .extracting(Match::kind)
                .containsExactly(CodeKind.REVIEW_INDICATED_104, CodeKind.REVIEW_NOT_INDICATED_106);
    }

    @Test
    void localEquivalentsCanBeAddedAndAreSearchedByValue() {
        Coding local = Coding.parse("https://icb.example/codes|LOCAL104");
        CodeSets sets = new CodeSets(
                List.of(CodeSets.SNOMED_103),
                List.of(CodeSets.SNOMED_104, local),
                List.of(CodeSets.SNOMED_106),
                List.of(CONCERN));

        assertThat(sets.match(List.of(local))).containsExactly(new Match(CodeKind.REVIEW_INDICATED_104, local, true));
        assertThat(sets.codeValues())
                .containsExactly(
                        "1290331000000103", "1364731000000104", "LOCAL104", "1364751000000106", "342191000000101");
    }

    @Test
    void aCodeValueSharedByTwoSystemsIsSearchedOnce() {
        Coding sameDigits = new Coding("https://icb.example/codes", "1364731000000104");
        CodeSets sets = new CodeSets(
                List.of(CodeSets.SNOMED_103),
                List.of(CodeSets.SNOMED_104, sameDigits),
                List.of(CodeSets.SNOMED_106),
                List.of(CONCERN));

        assertThat(sets.codeValues())
                .containsExactly("1290331000000103", "1364731000000104", "1364751000000106", "342191000000101");
    }

    @Test
    void theDefaultConcernListIsTheRcgpEssentialCodesAndIsSearchedAfterTheOptOutCodes() {
        assertThat(CodeSets.snomedDefaults().of(CodeKind.SAFEGUARDING_CONCERN))
                .extracting(Coding::code)
                .containsExactlyInAnyOrder(
                        "836881000000105",
                        "1064961000000107",
                        "878111000000109",
                        "342191000000101",
                        "375041000000100",
                        "417430008");
        assertThat(CodeSets.snomedDefaults().codeValues().subList(0, 3))
                .containsExactly("1290331000000103", "1364731000000104", "1364751000000106");
    }

    @Test
    void aConcernCodingCannotAlsoBeAnOptOutCode() {
        assertThatThrownBy(() -> new CodeSets(
                        List.of(CodeSets.SNOMED_103),
                        List.of(CodeSets.SNOMED_104),
                        List.of(CodeSets.SNOMED_106),
                        List.of(CodeSets.SNOMED_106)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConcernCodeUnderAnotherSystemIsANearMiss() {
        Coding mistyped = new Coding("http://read.info/ctv3", CONCERN.code());

        assertThat(CodeSets.snomedDefaults().match(List.of(mistyped)))
                .containsExactly(new Match(CodeKind.SAFEGUARDING_CONCERN, mistyped, false));
    }

    @Test
    void aCodingCannotUnlockAndBlockAtOnce() {
        assertThatThrownBy(() -> new CodeSets(
                        List.of(CodeSets.SNOMED_103), List.of(CodeSets.SNOMED_104), List.of(CodeSets.SNOMED_104)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensNeedSystemAndCode() {
        assertThat(Coding.parse("http://snomed.info/sct|1290331000000103")).isEqualTo(CodeSets.SNOMED_103);
        assertThatThrownBy(() -> Coding.parse("1290331000000103")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coding.parse("http://snomed.info/sct|")).isInstanceOf(IllegalArgumentException.class);
    }
}
