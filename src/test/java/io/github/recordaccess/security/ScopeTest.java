package io.github.recordaccess.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may read what, role by role and in union (issue 23's table), for an own practice A12345 and another, B23456. */
class ScopeTest {

    private static final String OWN = "A12345";
    private static final String OTHER = "B23456";

    static Stream<Arguments> callers() {
        // scope, patients of OWN, patients of OTHER, figures of OWN, figures of OTHER, ICB totals, some patients
        return Stream.of(
                Arguments.of(
                        "practice of A12345",
                        Scope.of(Set.of(Scope.PRACTICE), Set.of(OWN)),
                        true,
                        false,
                        true,
                        false,
                        false,
                        true),
                Arguments.of(
                        "practice, code in lower case",
                        Scope.of(Set.of(Scope.PRACTICE), Set.of(" a12345 ")),
                        true,
                        false,
                        true,
                        false,
                        false,
                        true),
                Arguments.of(
                        "practice without organisation",
                        Scope.of(Set.of(Scope.PRACTICE), Set.of()),
                        false,
                        false,
                        false,
                        false,
                        false,
                        false),
                Arguments.of(
                        "organisation without the practice role",
                        Scope.of(Set.of(), Set.of(OWN)),
                        false,
                        false,
                        false,
                        false,
                        false,
                        false),
                Arguments.of("icb", Scope.of(Set.of(Scope.ICB), Set.of()), false, false, true, true, true, false),
                Arguments.of(
                        "icb with an organisation",
                        Scope.of(Set.of(Scope.ICB), Set.of(OWN)),
                        false,
                        false,
                        true,
                        true,
                        true,
                        false),
                Arguments.of("reader", Scope.of(Set.of(Scope.READER), Set.of()), true, true, true, true, true, true),
                Arguments.of(
                        "admin only",
                        Scope.of(Set.of(Scope.ADMIN), Set.of(OWN)),
                        false,
                        false,
                        false,
                        false,
                        false,
                        false),
                Arguments.of(
                        "practice and icb",
                        Scope.of(Set.of(Scope.PRACTICE, Scope.ICB), Set.of(OWN)),
                        true,
                        false,
                        true,
                        true,
                        true,
                        true),
                Arguments.of("no role", Scope.of(Set.of(), Set.of()), false, false, false, false, false, false),
                Arguments.of("open path (dev, tests)", Scope.everything(), true, true, true, true, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void eachRoleOpensWhatTheTableSays(
            String caller,
            Scope scope,
            boolean ownPatients,
            boolean otherPatients,
            boolean ownFigures,
            boolean otherFigures,
            boolean icbTotals,
            boolean somePatients) {
        assertThat(scope.mayReadPatientsOf(OWN)).as("patients of own").isEqualTo(ownPatients);
        assertThat(scope.mayReadPatientsOf(OTHER)).as("patients of other").isEqualTo(otherPatients);
        assertThat(scope.mayReadFiguresOf(OWN)).as("figures of own").isEqualTo(ownFigures);
        assertThat(scope.mayReadFiguresOf(OTHER)).as("figures of other").isEqualTo(otherFigures);
        assertThat(scope.mayReadIcbTotals()).as("ICB totals").isEqualTo(icbTotals);
        assertThat(scope.mayReadSomePatients()).as("some patients").isEqualTo(somePatients);
        assertThat(scope.figuresOnlyFor(OTHER)).as("figures only for other").isEqualTo(otherFigures && !otherPatients);
        assertThat(scope.visible(List.of(OTHER, OWN)))
                .as("the practices listed, in order")
                .containsExactlyElementsOf(
                        Stream.of(OTHER, OWN).filter(scope::mayReadFiguresOf).toList());
        assertThat(scope.mayReadPatientsOf(null)).as("an unknown practice").isEqualTo(scope.patientsEverywhere());
    }
}
