package io.github.recordaccess.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSetsTest {

    private final CodeSets snomed = CodeSets.snomedDefaults();

    @Test
    void matchesOnSystemAndCode() {
        assertThat(snomed.classify(List.of(new Coding("http://snomed.info/sct", "1364731000000104"))))
                .containsExactly(CodeKind.REVIEW_INDICATED_104);
    }

    @Test
    void sameDigitsUnderAForeignSystemDoNotCount() {
        assertThat(snomed.classify(List.of(new Coding("http://read.info/ctv3", "1364731000000104")))).isEmpty();
    }

    @Test
    void aCodeInASecondCodingCounts() {
        List<Coding> codings = List.of(new Coding("http://read.info/ctv3", "XaXyz"), CodeSets.SNOMED_103);

        assertThat(snomed.classify(codings)).containsExactly(CodeKind.DECLINED_103);
        assertThat(snomed.matching(CodeKind.DECLINED_103, codings)).isEqualTo(CodeSets.SNOMED_103);
    }

    @Test
    void aResourceCodedWithTwoKindsYieldsBoth() {
        assertThat(snomed.classify(List.of(CodeSets.SNOMED_104, CodeSets.SNOMED_106)))
                .containsExactlyInAnyOrder(CodeKind.REVIEW_INDICATED_104, CodeKind.REVIEW_NOT_INDICATED_106);
    }

    @Test
    void localEquivalentsCanBeAdded() {
        Coding local = Coding.parse("https://icb.example/codes|LOCAL104");
        CodeSets sets = new CodeSets(List.of(CodeSets.SNOMED_103), List.of(CodeSets.SNOMED_104, local), List.of(CodeSets.SNOMED_106));

        assertThat(sets.classify(List.of(local))).containsExactly(CodeKind.REVIEW_INDICATED_104);
    }

    @Test
    void aCodingCannotUnlockAndBlockAtOnce() {
        assertThatThrownBy(() -> new CodeSets(List.of(CodeSets.SNOMED_103), List.of(CodeSets.SNOMED_104), List.of(CodeSets.SNOMED_104)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensNeedSystemAndCode() {
        assertThat(Coding.parse("http://snomed.info/sct|1290331000000103")).isEqualTo(CodeSets.SNOMED_103);
        assertThatThrownBy(() -> Coding.parse("1290331000000103")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coding.parse("http://snomed.info/sct|")).isInstanceOf(IllegalArgumentException.class);
    }
}
