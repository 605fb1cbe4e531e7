package org.genrescope.data.sample;

/**
 * Invents artist names, album and track titles and, on request, long HTML texts (artist bios, album
 * information). A few titles carry commas, quotes ({@code 7"}, {@code "rebukes!"}) and non-ASCII letters,
 * as FMA's do, so readers meet the CSV quoting and UTF-8 cases the real files contain.
 */
final class TextMaker {
    private static final String[] ADJECTIVES = {"Velvet", "Hollow", "Electric", "Quiet", "Broken", "Golden",
        "Silent", "Neon", "Paper", "Wooden", "Midnight", "Crooked", "Lucid", "Rusty", "Distant", "Little",
        "Burning", "Frozen", "Gentle", "Restless", "Blue", "Crimson", "Feral", "Static"};
    private static final String[] NOUNS = {"Owls", "Harbor", "Machines", "Ferns", "Lanterns", "Rivers", "Echoes",
        "Satellites", "Wolves", "Tides", "Mirrors", "Foxes", "Orchards", "Engines", "Comets", "Gardens", "Ghosts",
        "Radios", "Bridges", "Sparrows", "Horizons", "Tapes", "Streets", "Bells"};
    private static final String[] FIRST_NAMES = {"Marta", "Jonas", "Aiko", "Luis", "Zoë", "Olu", "Chloé",
        "Dmitri", "Inès", "Kurt", "Amara", "Björn", "Priya", "Tomás", "Hana", "Elif", "Søren", "Nadia"};
    private static final String[] LAST_NAMES = {"Lindqvist", "Okafor", "Tanaka", "Ferreira", "Çelik", "Novak",
        "Mbeki", "Dubois", "Kowalski", "Haddad", "Moreau", "Åberg", "Reyes", "Nakamura", "O'Brien", "Schäfer"};
    private static final String[] PLACES = {"Portland", "Lagos", "Montréal", "Berlin", "Osaka", "São Paulo",
        "Glasgow", "Detroit", "Reykjavík", "Marseille", "Austin", "Kraków"};
    private static final String[] TITLE_WORDS = {"Night", "Air", "Morning", "Song", "Waltz", "Machine", "Letter",
        "Summer", "River", "Dream", "Static", "Fire", "Ghost", "Light", "Dance", "Rain", "Signal", "Hymn",
        "Streets", "Echo", "Blue", "Heart", "Window", "Road", "Storm", "Home", "Glass", "Garden"};
    private static final String[] SENTENCE_OPENERS = {"Formed in", "Recorded over three winters in",
        "Born and raised in", "Working out of a basement studio in", "After years of touring around"};
    private static final String[] SENTENCE_MIDDLES = {"blends field recordings, drum machines and tape loops",
        "writes songs about \"small things, big rooms\"", "has released records on labels such as "
        + "<a href=\"http://example.org/label\">Static &amp; Sons</a>", "plays guitar, banjo, and anything with strings",
        "was described by one critic as \"the sound of a radio left on in an empty house\"",
        "keeps coming back to the same three chords, and says so"};
    private static final String[] SENTENCE_ENDINGS = {"with friends from the local scene.",
        "between day jobs, school runs, and late-night shifts.", "for free, on the Free Music Archive.",
        "without ever playing the same set twice.", "- and still answers every e-mail."};

    String artistName(SplitMix64 random) {
        return switch (random.nextInt(6)) {
            case 0 -> "The " + pick(random, ADJECTIVES) + " " + pick(random, NOUNS);
            case 1 -> pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
            case 2 -> pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES) + " & the " + pick(random, NOUNS);
            case 3 -> "DJ " + pick(random, ADJECTIVES);
            case 4 -> pick(random, ADJECTIVES) + " " + pick(random, NOUNS);
            default -> pick(random, NOUNS) + " of " + pick(random, PLACES);
        };
    }

    String albumTitle(SplitMix64 random) {
        int kind = random.nextInt(100);
        if (kind < 4) {
            return pick(random, ADJECTIVES) + " " + pick(random, TITLE_WORDS) + " 7\"";
        }
        if (kind < 6) {
            return "\"" + pick(random, TITLE_WORDS).toLowerCase(java.util.Locale.ROOT) + "!\"";
        }
        if (kind < 10) {
            return pick(random, TITLE_WORDS) + ", " + pick(random, PLACES);
        }
        if (kind < 14) {
            return "Live at " + pick(random, PLACES);
        }
        return phrase(random, 1 + random.nextInt(3));
    }

    /** A track title; an empty one now and then, since FMA has a track without a title. */
    String trackTitle(SplitMix64 random) {
        int kind = random.nextInt(2000);
        if (kind == 0) {
            return "";
        }
        if (kind < 70) {
            return phrase(random, 2) + ", " + phrase(random, 1 + random.nextInt(2));
        }
        if (kind < 90) {
            return pick(random, TITLE_WORDS) + " (\"" + pick(random, TITLE_WORDS) + "\" Mix)";
        }
        if (kind < 110) {
            return pick(random, TITLE_WORDS) + " in " + pick(random, PLACES);
        }
        return phrase(random, 1 + random.nextInt(4));
    }

    /** A multi-paragraph HTML bio of a few kilobytes, with quotes, commas, links and line breaks. */
    String artistBio(SplitMix64 random, String artistName) {
        StringBuilder text = new StringBuilder(6000);
        int paragraphs = 3 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            text.append("<p>");
            int sentences = 4 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 && p == 0 ? artistName : "The project").append(' ')
                        .append(pick(random, SENTENCE_MIDDLES)).append(". ")
                        .append(pick(random, SENTENCE_OPENERS)).append(' ').append(pick(random, PLACES))
                        .append(", they recorded \"").append(phrase(random, 2)).append("\" ")
                        .append(pick(random, SENTENCE_ENDINGS)).append(' ');
            }
            text.append("</p>\n");
            if (random.chance(0.3)) {
                text.append("\n");
            }
        }
        return text.append("<p><a href=\"http://example.org/artist?id=").append(random.nextInt(100000))
                .append("&amp;ref=fma\">Website</a></p>").toString();
    }

    /** Album notes of one to three kilobytes: a track list, credits and a quoted review. */
    String albumInformation(SplitMix64 random, String albumTitle) {
        StringBuilder text = new StringBuilder(3000);
        text.append("<p>").append(albumTitle).append(" was recorded in ").append(pick(random, PLACES))
                .append(", mixed by ").append(pick(random, FIRST_NAMES)).append(' ')
                .append(pick(random, LAST_NAMES)).append(", and mastered \"loud, but not too loud\".</p>\n<ol>\n");
        int tracks = 8 + random.nextInt(12);
        for (int i = 1; i <= tracks; i++) {
            text.append("<li>").append(phrase(random, 1 + random.nextInt(3))).append(" (")
                    .append(1 + random.nextInt(7)).append(':').append(10 + random.nextInt(50)).append(")</li>\n");
        }
        text.append("</ol>\n<blockquote>\"").append(pick(random, SENTENCE_MIDDLES)).append(",\" wrote a reviewer, ")
                .append("\"and it works.\"</blockquote>\n<p>");
        int sentences = 3 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            text.append(pick(random, SENTENCE_OPENERS)).append(' ').append(pick(random, PLACES)).append(", the band ")
                    .append(pick(random, SENTENCE_MIDDLES)).append(' ').append(pick(random, SENTENCE_ENDINGS)).append(' ');
        }
        text.append("</p>\n<p>Credits: ");
        int credits = 3 + random.nextInt(6);
        for (int i = 0; i < credits; i++) {
            text.append(pick(random, FIRST_NAMES)).append(' ').append(pick(random, LAST_NAMES))
                    .append(i + 1 < credits ? ", " : ".</p>");
        }
        return text.toString();
    }

    private static String phrase(SplitMix64 random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(pick(random, TITLE_WORDS));
        }
        return text.toString();
    }

    private static String pick(SplitMix64 random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
