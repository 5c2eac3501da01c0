package dev.avalanche.bridge.internal.run;

/**
 * The rule by which a live run's processes of one role (users' shares, app servers) draw from
 * streams of their own: member {@code index} of {@code count} draws stream {@code name} from
 * {@code name/role-index-of-count}, so that no two members mirror each other; a lone member draws
 * from {@code name} itself, as an in-process run does.
 */
public final class Substream {

    private Substream() {
    }

    /** The name of stream {@code name} for member {@code index} of {@code count} of {@code role}. */
    public static String name(String name, String role, int index, int count) {
        return count == 1 ? name : name + "/" + role + "-" + index + "-of-" + count;
    }
}
