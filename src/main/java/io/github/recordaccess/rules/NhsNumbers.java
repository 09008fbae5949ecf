package io.github.recordaccess.rules;

/** NHS numbers: ten digits, the last a modulus-11 check digit (NHS Data Dictionary). */
public final class NhsNumbers {

    private NhsNumbers() {}

    public static boolean isValid(String value) {
        if (value == null || value.length() != 10) {
            return false;
        }
        int total = 0;
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 9) {
                total += (c - '0') * (10 - i);
            }
        }
        int check = 11 - total % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }

    /** The value without whitespace; by hand, as this runs for every patient of a practice. */
    static String digitsOf(String nhsNumber) {
        if (nhsNumber.chars().noneMatch(Character::isWhitespace)) {
            return nhsNumber;
        }
        StringBuilder digits = new StringBuilder(nhsNumber.length());
        nhsNumber.chars().filter(c -> !Character.isWhitespace(c)).forEach(digits::appendCodePoint);
        return digits.toString();
    }
}
