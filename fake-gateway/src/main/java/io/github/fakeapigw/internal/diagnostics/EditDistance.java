package io.github.fakeapigw.internal.diagnostics;

/**
 * Levenshtein distance between two strings, for the "closest candidates" hints of failure
 * messages (the assertions' invocation criteria, the JUnit extension's unmatched requests).
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The least number of single-character insertions, deletions and substitutions that turn one
   * string into the other.
   *
   * @param a one string
   * @param b the other
   * @return the distance, 0 for equal strings
   */
  public static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The distance divided by the longer string's length: 0 for equal strings, 1 for strings with
   * nothing in common.
   *
   * @param a one string
   * @param b the other
   * @return the ratio, 0 when both are empty
   */
  public static double ratio(String a, String b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 0 : (double) levenshtein(a, b) / max;
  }
}
