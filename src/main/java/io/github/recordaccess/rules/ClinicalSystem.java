package io.github.recordaccess.rules;

/** The GP clinical system a practice runs; the opt-out steps differ between them. */
public enum ClinicalSystem {
    EMIS,
    TPP
}
