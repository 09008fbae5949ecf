package io.github.recordaccess.practice;

/** The GP clinical system a practice runs; the opt-out steps differ between them. */
public enum ClinicalSystem {
    EMIS,
    TPP
}
