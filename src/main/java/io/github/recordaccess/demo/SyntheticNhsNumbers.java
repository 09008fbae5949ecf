package io.github.recordaccess.demo;

/** NHS numbers from the 999 test range with valid modulus-11 check digits: never a real patient's. */
public final class SyntheticNhsNumbers {

    private SyntheticNhsNumbers() {}

    /** The {@code serial}-th usable number at or after {@code 999{serial}}; serials whose check digit would be 10 are skipped. */
    public static String of(int serial) {
        for (int s = serial; ; s++) {
            String base = String.format("999%06d", s);
            int total = 0;
            for (int i = 0; i < 9; i++) {
                total += (base.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - total % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return base + check;
            }
        }
    }
}
