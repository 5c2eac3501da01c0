package dev.avalanche.models.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How a variant's name appears in the names of the files written for it (charts, histograms), in one place. */
public final class FileNames {

    private FileNames() {
    }

    /** A file-name-safe form of a variant name: lower case, runs of other characters as one '-'; "variant" when nothing is left. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "variant" : s;
    }

    /** {@link #slug} of {@code name}, with "-2", "-3"... when {@code used} has it; added to {@code used}. */
    public static String uniqueSlug(String name, Set<String> used) {
        String base = slug(name);
        String s = base;
        for (int n = 2; !used.add(s); n++) {
            s = base + "-" + n;
        }
        return s;
    }

    /** One unique slug per name, in order: two variants whose names differ only in case or punctuation get two files. */
    public static List<String> uniqueSlugs(List<String> names) {
        Set<String> used = new HashSet<>();
        List<String> slugs = new ArrayList<>();
        for (String n : names) {
            slugs.add(uniqueSlug(n, used));
        }
        return slugs;
    }
}
