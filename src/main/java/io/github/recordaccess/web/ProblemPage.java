package io.github.recordaccess.web;

import java.util.Locale;

/**
 * A problem as a page, for people: what a browser gets instead of problem+json when a page, or a path
 * that is no page, fails below the page resources (no route, a refusal, a body too large). It holds the
 * problem's title and detail and nothing else: never a stack trace. The page resources render their own
 * failures with the same content through their template ({@code pages/error.html}).
 */
public final class ProblemPage {

    public static final String MEDIA_TYPE = "text/html;charset=UTF-8";

    private ProblemPage() {}

    /** Outside /api and /q, a caller that accepts HTML gets a page; the API always answers problem+json. */
    public static boolean wanted(String path, String accept) {
        return path != null
                && !path.startsWith("/api/")
                && !path.startsWith("/q/")
                && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** The page for a problem, in the words of {@link ProblemWords}. */
    public static String html(Problem failure) {
        Problem problem = ProblemWords.forPeople(failure);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Record access service</title>
                <link rel="stylesheet" href="/static/nhsuk/nhsuk-frontend.min.css">
                </head>
                <body>
                <header class="nhsuk-header" role="banner"><div class="nhsuk-header__container nhsuk-width-container">\
                <a class="nhsuk-header__service-name" href="/">Record access service</a></div></header>
                <div class="nhsuk-width-container">
                <nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list">\
                <li class="nhsuk-breadcrumb__list-item"><a class="nhsuk-breadcrumb__link" href="/">Practices</a></li></ol>\
                <a class="nhsuk-back-link" href="/"><span class="nhsuk-u-visually-hidden">Back to </span>Practices</a></nav>
                <main class="nhsuk-main-wrapper" id="maincontent">
                <h1 class="nhsuk-heading-l">%1$s</h1>
                <p class="nhsuk-body">%2$s</p>
                <p class="nhsuk-body">Error %3$d. <a class="nhsuk-link" href="/">Go to the practices</a></p>
                %4$s</main></div>
                </body>
                </html>
                """.formatted(
                        escape(problem.title()),
                        escape(problem.detail()),
                        problem.status(),
                        // Signed in, but without the role: the way out is to sign in as someone who has it.
                        problem.status() == 403
                                ? "<p class=\"nhsuk-body\">Signed in with the wrong account? <a class=\"nhsuk-link\" href=\""
                                        + Routes.SIGN_OUT + "\">Sign out</a> and sign in again.</p>\n"
                                : "");
    }

    /** HTML text escaping: the detail may quote what the caller sent. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
