package io.github.recordaccess.fhir;

/** Where the FHIR client's bearer tokens come from. */
interface AccessTokens {

    /** A token valid now. */
    String current();

    /** Forgets the current token, after the server refused it. Returns true if a new one can be had. */
    boolean invalidate();

    static AccessTokens fixed(String token) {
        return new AccessTokens() {
            @Override
            public String current() {
                return token;
            }

            @Override
            public boolean invalidate() {
                return false;
            }
        };
    }
}
