package nl.ngf.grants.shared;

/**
 * The start-up's check of a number an operator sets (MicroProfile Config): one outside what it can mean stops the
 * start-up, naming the setting, rather than running on it (a negative share that sends every budget shift to an
 * officer, no revision round at all, an upload limit the server does not keep).
 */
public final class Settings {

    private Settings() {
    }

    /** Stops the start-up when this setting's value lies outside {@code least} to {@code most}, inclusive. */
    public static void requireBetween(String key, long value, long least, long most) {
        if (value < least || value > most) {
            throw new IllegalStateException(key + " is " + value + ", but it lies between " + least + " and " + most);
        }
    }
}
